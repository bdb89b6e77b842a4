package io.trustbench.pki.core.atcacert;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class CompressedCertificateTest {

	@Test
	void encodesDatesBitByBit() throws Exception {
		// 2015-12-17 23h, no expiry: 01111 1100 10001 10111 00000
		CompressedCertificate c = new CompressedCertificate(new byte[64], new CertDate(2015, 12, 17, 23, 0, 0), 0,
				0x0034, 1, 0, SerialNumberSource.PUB_KEY_HASH, 0);
		assertArrayEquals(new byte[] { 0x7E, 0x46, (byte) 0xE0 }, c.encodedDates());
		byte[] bytes = c.toBytes();
		assertEquals(72, bytes.length);
		assertEquals(0x00, bytes[67]);
		assertEquals(0x34, bytes[68]);
		assertEquals(0x10, bytes[69]);
		assertEquals((byte) 0xA0, bytes[70]);
		assertEquals(0, bytes[71]);
	}

	@Test
	void parseInvertsToBytesForAllFieldValues() throws Exception {
		byte[] sig = new byte[64];
		Arrays.fill(sig, (byte) 0x5a);
		for (int year = 2000; year <= 2127; year += 7) {
			for (int expire : new int[] { 0, 1, 25, 31, 100, 127 }) {
				int format = CompressedCertificate.formatVersionFor(new CertDate(year, 1, 1, 0, 0, 0), expire);
				CompressedCertificate c = new CompressedCertificate(sig, new CertDate(year, 1 + year % 12,
						1 + year % 31, year % 24, 0, 0), expire, year * 7 & 0xffff, year % 16, expire % 16,
						SerialNumberSource.DEVICE_SN_HASH, format);
				CompressedCertificate back = CompressedCertificate.parse(c.toBytes());
				assertEquals(c, back);
				assertEquals(c.issueDate(), back.issueDate());
				assertEquals(expire, back.expireYears());
			}
		}
	}

	@Test
	void version0RejectsDatesItCannotHold() {
		assertThrows(AtcacertException.class, () -> new CompressedCertificate(new byte[64],
				new CertDate(2040, 1, 1, 0, 0, 0), 0, 0, 0, 0, SerialNumberSource.STORED, 0));
		assertThrows(AtcacertException.class, () -> new CompressedCertificate(new byte[64],
				new CertDate(2020, 1, 1, 0, 30, 0), 0, 0, 0, 0, SerialNumberSource.STORED, 0));
	}

	@Test
	void rejectsBadBytesWithAClearMessage() {
		AtcacertException e = assertThrows(AtcacertException.class, () -> CompressedCertificate.parse(new byte[71]));
		assertTrue(e.getMessage().contains("72 bytes"), e.getMessage());
		byte[] badFormat = new byte[72];
		badFormat[64] = 0x08; // month 0 would be invalid anyway; format first
		badFormat[70] = 0x05;
		assertTrue(assertThrows(AtcacertException.class, () -> CompressedCertificate.parse(badFormat)).getMessage()
				.contains("format version 5"));
		byte[] badMonth = new byte[72];
		badMonth[65] = 0x04; // day 1, month 0
		assertThrows(AtcacertException.class, () -> CompressedCertificate.parse(badMonth));
	}

	@Test
	void dateFormatsRoundTrip() throws Exception {
		CertDate date = new CertDate(2026, 1, 31, 23, 59, 58);
		for (DateFormat format : DateFormat.values()) {
			byte[] encoded = format.encode(date);
			assertEquals(format.size(), encoded.length);
			assertEquals(date, format.decode(encoded));
		}
		assertEquals("260131235958Z", new String(DateFormat.RFC5280_UTC.encode(date)));
		assertEquals("20260131235958Z", new String(DateFormat.RFC5280_GEN.encode(date)));
		assertEquals("2026-01-31T23:59:58Z", new String(DateFormat.ISO8601_SEP.encode(date)));
		assertArrayEquals(new byte[] { 0x69, 0x7e, (byte) 0x97, (byte) 0x7e },
				DateFormat.POSIX_UINT32_BE.encode(new CertDate(2026, 1, 31, 23, 59, 58)));
		assertThrows(AtcacertException.class, () -> DateFormat.RFC5280_UTC.encode(new CertDate(2050, 1, 1, 0, 0, 0)));
		assertThrows(AtcacertException.class, () -> DateFormat.RFC5280_GEN.decode("2026013123595xZ".getBytes()));
	}
}
