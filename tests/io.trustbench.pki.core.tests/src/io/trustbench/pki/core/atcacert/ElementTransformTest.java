package io.trustbench.pki.core.atcacert;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** atcacert transforms: outputs as cryptoauthlib defines them, inverses, sizes, strict refusals. */
class ElementTransformTest {

	private static final byte[] SN_HIGH = { 0x01, 0x23, (byte) 0xA1, (byte) 0xB2 };

	@Test
	void binaryToHexInEachCaseAndSpacing() throws Exception {
		assertEquals("0123A1B2", text(ElementTransform.BIN2HEX_UC.apply(SN_HIGH)));
		assertEquals("0123a1b2", text(ElementTransform.BIN2HEX_LC.apply(SN_HIGH)));
		assertEquals("01 23 A1 B2", text(ElementTransform.BIN2HEX_SPACE_UC.apply(SN_HIGH)));
		assertEquals("01 23 a1 b2", text(ElementTransform.BIN2HEX_SPACE_LC.apply(SN_HIGH)));
		assertArrayEquals(new byte[] { (byte) 0xB2, (byte) 0xA1, 0x23, 0x01 }, ElementTransform.REVERSE.apply(SN_HIGH));
		assertArrayEquals(SN_HIGH, ElementTransform.HEX2BIN_UC.apply(bytes("0123a1B2")), "hex is read in either case");
		assertArrayEquals(SN_HIGH, ElementTransform.HEX2BIN_SPACE_LC.apply(bytes("01 23 a1 b2")));
	}

	@ParameterizedTest
	@EnumSource(ElementTransform.class)
	void invertUndoesApplyAndSizesAgree(ElementTransform transform) throws Exception {
		byte[] device = transform.name().startsWith("HEX2BIN")
				? transform.invert(SN_HIGH) // hex text of the right shape for this transform
				: SN_HIGH;
		byte[] cert = transform.apply(device);
		assertEquals(transform.outputSize(device.length), cert.length);
		assertArrayEquals(device, transform.invert(cert));
	}

	@Test
	void invertIsStrictAboutCaseAndShape() {
		AtcacertException lower = assertThrows(AtcacertException.class,
				() -> ElementTransform.BIN2HEX_UC.invert(bytes("0123a1b2")));
		assertTrue(lower.getMessage().contains("not upper-case hex"), lower.getMessage());
		assertThrows(AtcacertException.class, () -> ElementTransform.BIN2HEX_UC.invert(bytes("0123A1B")));
		assertThrows(AtcacertException.class, () -> ElementTransform.BIN2HEX_UC.invert(bytes("0123A1BG")));
		assertThrows(AtcacertException.class, () -> ElementTransform.BIN2HEX_SPACE_UC.invert(bytes("01-23-A1-B2")));
		assertEquals(-1, ElementTransform.HEX2BIN_UC.outputSize(7));
		assertEquals(-1, ElementTransform.HEX2BIN_SPACE_UC.outputSize(10));
	}

	@Test
	void elementSizesMustAgreeThroughItsTransforms() throws Exception {
		DeviceLocation sn = new DeviceLocation(DeviceLocation.ZONE_CONFIG, 0, false, 8, 5);
		CertificateElement element = new CertificateElement("SN48", sn, new CertLocation(100, 10),
				List.of(ElementTransform.BIN2HEX_UC));
		byte[] low = { 0x11, 0x22, 0x33, 0x44, (byte) 0xEE };
		assertEquals("11223344EE", text(element.toCertificate(low)));
		assertArrayEquals(low, element.toDevice(bytes("11223344EE")));
		IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class, () -> new CertificateElement("SN48",
				sn, new CertLocation(100, 5), List.of(ElementTransform.BIN2HEX_UC)));
		assertTrue(wrong.getMessage().contains("5 device bytes"), wrong.getMessage());
		assertThrows(IllegalArgumentException.class, () -> new CertificateElement("x", sn, new CertLocation(0, 5),
				List.of(ElementTransform.NONE, ElementTransform.NONE, ElementTransform.NONE)));
		CertificateElement twice = new CertificateElement("rev-hex", sn, new CertLocation(0, 10),
				List.of(ElementTransform.REVERSE, ElementTransform.BIN2HEX_LC));
		assertEquals("ee44332211", text(twice.toCertificate(low)));
		assertArrayEquals(low, twice.toDevice(bytes("ee44332211")));
	}

	private static String text(byte[] b) {
		return new String(b, StandardCharsets.US_ASCII);
	}

	private static byte[] bytes(String s) {
		return s.getBytes(StandardCharsets.US_ASCII);
	}
}
