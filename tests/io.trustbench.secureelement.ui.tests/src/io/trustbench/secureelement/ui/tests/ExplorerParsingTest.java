package io.trustbench.secureelement.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.KeyFactory;
import java.security.interfaces.ECPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.trustbench.core.Hex;
import io.trustbench.secureelement.ui.internal.explorer.SlotContent;
import io.trustbench.secureelement.ui.internal.operations.HexText;
import io.trustbench.secureelement.ui.internal.operations.PublicKeyPem;

/**
 * The explorer's own parsing: hex typed or pasted by the user, the content guess for 72-byte
 * slots, and the PEM it copies. Fuzzed with a fixed seed: no input may throw.
 */
public class ExplorerParsingTest {

	@Test
	void hexAcceptsWhatPeoplePaste() {
		assertArrayEquals(new byte[] { 0x0A, (byte) 0xBC }, HexText.parse("0abc"));
		assertArrayEquals(new byte[] { 0x0A, (byte) 0xBC }, HexText.parse(" 0A:BC\n"));
		assertArrayEquals(new byte[] { 0x0A, (byte) 0xBC }, HexText.parse("0x0aBc"));
		assertNull(HexText.parse("abc"), "odd length");
		assertNull(HexText.parse("zz"), "not hex");
		assertNull(HexText.parse(""), "empty");
		byte[] bytes = new byte[100];
		new Random(1).nextBytes(bytes);
		String lines = HexText.lines(bytes);
		assertEquals(4, lines.lines().count(), "32 bytes a line");
		assertArrayEquals(bytes, HexText.parse(lines));
	}

	@Test
	void hexParsingNeverThrows() {
		Random random = new Random(42);
		String alphabet = "0123456789abcdefABCDEFxX: \n\t-zé‖";
		for (int i = 0; i < 20_000; i++) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(80);
			for (int j = 0; j < length; j++) {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			byte[] parsed = HexText.parse(text.toString());
			if (parsed != null) {
				assertEquals(Hex.encode(parsed), text.toString().replaceAll("[\\s:]", "").replaceFirst("^0[xX]", "").toLowerCase());
			}
		}
	}

	@Test
	void compressedCertificatesAreToldFromDataAndEmptySlots() {
		byte[] cert = new byte[72];
		new Random(7).nextBytes(cert);
		cert[70] = (byte) 0xA0; // serial from the device's SN, format version 0
		cert[71] = 0;
		assertEquals(SlotContent.COMPRESSED_CERTIFICATE, SlotContent.probe(cert));
		cert[70] = (byte) 0xA1;
		cert[71] = (byte) 0xC0; // version 1 keeps extra date bits in byte 71
		assertEquals(SlotContent.COMPRESSED_CERTIFICATE, SlotContent.probe(cert));
		cert[70] = (byte) 0xA2;
		assertEquals(SlotContent.DATA, SlotContent.probe(cert), "unknown format version");
		assertEquals(SlotContent.EMPTY, SlotContent.probe(new byte[72]));
		byte[] erased = new byte[72];
		Arrays.fill(erased, (byte) 0xFF);
		assertEquals(SlotContent.EMPTY, SlotContent.probe(erased));
		byte[] flat = new byte[72];
		flat[70] = (byte) 0xA0;
		assertEquals(SlotContent.DATA, SlotContent.probe(flat), "zero signature is not a certificate");
		assertEquals(SlotContent.DATA, SlotContent.probe(Arrays.copyOf(cert, 36)));
		assertEquals(SlotContent.NOT_READ, SlotContent.probe(null));
	}

	@Test
	void slotContentGuessNeverThrows() {
		Random random = new Random(99);
		for (int i = 0; i < 20_000; i++) {
			byte[] data = new byte[random.nextInt(3) == 0 ? 72 : random.nextInt(500)];
			random.nextBytes(data);
			if (data.length > 71 && random.nextBoolean()) {
				data[70] = (byte) random.nextInt(3);
				data[71] = 0;
			}
			assertTrue(SlotContent.probe(data) != null);
		}
	}

	@Test
	void pemIsASubjectPublicKeyInfoTheJdkReads() throws Exception {
		byte[] xy = Hex.decode("6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296"
				+ "4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5"); // the P-256 generator
		String pem = PublicKeyPem.pem(xy);
		assertTrue(pem.startsWith("-----BEGIN PUBLIC KEY-----\n") && pem.endsWith("-----END PUBLIC KEY-----\n"));
		byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
		ECPublicKey key = (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(der));
		assertEquals(new BigInteger(1, Arrays.copyOf(xy, 32)), key.getW().getAffineX());
		assertEquals(new BigInteger(1, Arrays.copyOfRange(xy, 32, 64)), key.getW().getAffineY());
		assertEquals(256, key.getParams().getCurve().getField().getFieldSize());
	}
}
