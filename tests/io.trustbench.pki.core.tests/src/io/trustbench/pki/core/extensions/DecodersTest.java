package io.trustbench.pki.core.extensions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;

import org.bouncycastle.asn1.DEROctetString;
import org.junit.jupiter.api.Test;

import io.trustbench.pki.core.extensions.decoders.SignedCertificateTimestampsDecoder;

/** Decoders whose input the openssl corpus does not cover. */
class DecodersTest {

	@Test
	void sctListIsDecodedFieldByField() throws Exception {
		ByteBuffer sct = ByteBuffer.allocate(1 + 32 + 8 + 2 + 2 + 2 + 4);
		sct.put((byte) 0);
		for (int i = 0; i < 32; i++) {
			sct.put((byte) i);
		}
		sct.putLong(1_700_000_000_123L);
		sct.putShort((short) 0);
		sct.put((byte) 4).put((byte) 3);
		sct.putShort((short) 4).put(new byte[] { 0x30, 0x02, 0x05, 0x00 });
		byte[] one = sct.array();
		ByteArrayOutputStream list = new ByteArrayOutputStream();
		int total = 2 + one.length;
		list.write(total >> 8);
		list.write(total);
		list.write(one.length >> 8);
		list.write(one.length);
		list.writeBytes(one);
		byte[] value = new DEROctetString(list.toByteArray()).getEncoded();
		String text = new SignedCertificateTimestampsDecoder().decode(value);
		assertTrue(text.startsWith("Signed Certificate Timestamp:\n  Version   : v1 (0x0)\n  Log ID    : 00:01:02"), text);
		assertTrue(text.contains("Timestamp : 2023-11-14T22:13:20.123Z"), text);
		assertTrue(text.contains("Extensions: none"), text);
		assertTrue(text.contains("Signature : ecdsa-with-SHA256\n    30:02:05:00"), text);

		byte[] truncated = new DEROctetString(java.util.Arrays.copyOf(list.toByteArray(), 30)).getEncoded();
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> new SignedCertificateTimestampsDecoder().decode(truncated));
		assertTrue(e.getMessage().contains("truncated"), e.getMessage());
	}

	@Test
	void everyBuiltInDecoderRefusesValuesOfTheWrongShape() {
		// A wrong value must be an exception (shown as hex + problem), never a plausible-looking text.
		for (ExtensionDecoderDescriptor descriptor : BuiltInExtensionDecoders.descriptors()) {
			ExtensionDecoder decoder = descriptor.decoder();
			assertThrows(Exception.class, () -> decoder.decode(new byte[0]), descriptor.name() + " on empty input");
			assertThrows(Exception.class, () -> decoder.decode(new byte[] { (byte) 0xff }),
					descriptor.name() + " on a lone 0xff");
			if (!descriptor.oid().equals("1.3.6.1.4.1.11129.2.4.3") && !descriptor.oid().equals("1.3.6.1.5.5.7.48.1.5")) {
				assertThrows(Exception.class, () -> decoder.decode(new byte[] { 0x05, 0x00 }),
						descriptor.name() + " on NULL");
			}
		}
		assertEquals(24, BuiltInExtensionDecoders.descriptors().size());
	}
}
