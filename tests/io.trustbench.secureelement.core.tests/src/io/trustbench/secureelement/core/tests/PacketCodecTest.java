package io.trustbench.secureelement.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.trustbench.core.Hex;
import io.trustbench.secureelement.core.atca.AtcaCommands;
import io.trustbench.secureelement.core.atca.ChipStatus;
import io.trustbench.secureelement.core.atca.CommandPacket;
import io.trustbench.secureelement.core.atca.Crc16;
import io.trustbench.secureelement.core.atca.PacketException;
import io.trustbench.secureelement.core.atca.ResponsePacket;
import io.trustbench.secureelement.core.kit.AwsCertificateChunks;
import io.trustbench.secureelement.core.kit.AwsCommand;
import io.trustbench.secureelement.core.kit.HidFraming;
import io.trustbench.secureelement.core.kit.KitCommand;
import io.trustbench.secureelement.core.kit.KitProtocolException;
import io.trustbench.secureelement.core.kit.KitReply;

/** Packet and kit-line codecs against byte sequences known from the chip and the seed's logs. */
class PacketCodecTest {

	@Test
	void crcMatchesKnownChipBytes() {
		// Info(revision) as every host sends it, and the chip's wake response 04 11 33 43.
		assertEquals("0730000000035d", Hex.encode(AtcaCommands.info(0).encode()));
		assertEquals("04113343", Hex.encode(ResponsePacket.status(0x11).encode()));
		assertTrue(Crc16.check(Hex.decode("04113343"), 4));
		assertTrue(!Crc16.check(Hex.decode("04113344"), 4));
	}

	@Test
	void commandPacketRoundTripAndRejections() throws Exception {
		CommandPacket sign = AtcaCommands.signExternal(3);
		CommandPacket back = CommandPacket.decode(sign.encode());
		assertEquals(0x41, back.opcode());
		assertEquals(0x80, back.param1());
		assertEquals(3, back.param2());

		byte[] bad = sign.encode();
		bad[bad.length - 1] ^= 1;
		assertEquals(ChipStatus.CRC_ERROR, assertThrows(PacketException.class, () -> CommandPacket.decode(bad)).status());
		byte[] shortCount = sign.encode();
		shortCount[0] = 6;
		assertEquals(ChipStatus.CRC_ERROR,
				assertThrows(PacketException.class, () -> CommandPacket.decode(shortCount)).status());
		byte[] tiny = { 5, 0x30, 0, (byte) 0xAA, (byte) 0xBB };
		System.arraycopy(Crc16.bytes(tiny, 0, 3), 0, tiny, 3, 2);
		assertEquals(ChipStatus.PARSE_ERROR, assertThrows(PacketException.class, () -> CommandPacket.decode(tiny)).status());
	}

	@Test
	void kitRepliesFromTheSeedParse() throws Exception {
		KitReply signer = KitReply.parse("AT88CKECCSIGNER 00(020008)\n\0\0\0");
		assertEquals("AT88CKECCSIGNER", signer.text());
		assertEquals(0, signer.status());
		assertArrayEquals(new byte[] { 2, 0, 8 }, signer.data());
		KitReply thing = KitReply.parse("ATSAMG55 00(010006)");
		assertEquals("ATSAMG55", thing.text());
		assertEquals(0xC3, KitReply.parse("C3()").status());
		assertEquals("AT88CKECCROOT 00(020008)", new KitReply("AT88CKECCROOT", 0, new byte[] { 2, 0, 8 }).format());
		assertThrows(KitProtocolException.class, () -> KitReply.parse("hello"));
		assertThrows(KitProtocolException.class, () -> KitReply.parse("00(0"));
		assertThrows(KitProtocolException.class, () -> KitReply.parse("ZZ()"));
		assertThrows(KitProtocolException.class, () -> KitReply.parse("00(ABC)"));
	}

	@Test
	void kitCommandsParseLikeTheFirmware() throws Exception {
		KitCommand c = KitCommand.parse("lib:B:F(00)\n");
		assertEquals(List.of("b", "f"), c.fields());
		assertEquals("00", c.data());
		assertTrue(KitCommand.parse("board:firmware(00)").fieldMatches(1, "firmware"));
		AwsCommand sc = AwsCommand.from(KitCommand.parse("aws:sc(01,-----BEGIN CERTIFICATE-----\nMII=\n-----END CERTIFICATE-----)"));
		assertEquals("sc", sc.verb());
		assertEquals(2, sc.argumentCount());
		assertTrue(sc.rawArguments().get(1).startsWith("-----BEGIN"));
		AwsCommand si = AwsCommand.from(KitCommand.parse("aws:si(03," + "AB".repeat(32) + ")"));
		assertEquals(32, si.hexArgument(1).length);
		assertThrows(KitProtocolException.class, () -> KitCommand.parse(""));
		assertThrows(KitProtocolException.class, () -> KitCommand.parse(":x()"));
		assertThrows(KitProtocolException.class, () -> KitCommand.parse("b:f(00"));
	}

	@Test
	void hidFramingSplitsAndReassembles() throws Exception {
		String line = "e:t(" + "AB".repeat(75) + ")";
		List<byte[]> reports = HidFraming.reports(line);
		assertEquals((line.length() + 1 + 63) / 64, reports.size());
		reports.forEach(r -> assertEquals(64, r.length));
		HidFraming.Assembler a = new HidFraming.Assembler();
		boolean done = false;
		for (byte[] r : reports) {
			done = a.add(r, r.length);
		}
		assertTrue(done);
		assertEquals(line, a.line());
		HidFraming.Assembler endless = new HidFraming.Assembler();
		byte[] junk = new byte[64];
		java.util.Arrays.fill(junk, (byte) 'A');
		assertThrows(KitProtocolException.class, () -> {
			for (int i = 0; i < 200; i++) {
				endless.add(junk, 64);
			}
		});
	}

	@Test
	void certificateChunksRoundTripAndCapAtNine() {
		String pem = "-----BEGIN CERTIFICATE-----\n" + "A".repeat(700) + "\n-----END CERTIFICATE-----\n";
		int n = AwsCertificateChunks.count(pem);
		assertEquals(3, n);
		List<byte[]> chunks = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			byte[] c = AwsCertificateChunks.chunk(pem, i);
			assertEquals(i, AwsCertificateChunks.index(c));
			assertEquals(n, AwsCertificateChunks.total(c));
			chunks.add(c);
		}
		assertEquals(pem, AwsCertificateChunks.join(chunks));
		assertThrows(IllegalArgumentException.class, () -> AwsCertificateChunks.join(List.of(chunks.get(1), chunks.get(0), chunks.get(2))));
		assertThrows(IllegalArgumentException.class, () -> AwsCertificateChunks.count("x".repeat(10 * 256)));
	}
}
