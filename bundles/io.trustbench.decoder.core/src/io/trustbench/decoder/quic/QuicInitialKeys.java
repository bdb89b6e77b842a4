package io.trustbench.decoder.quic;

import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import io.trustbench.decoder.tls.crypto.Hkdf;

/**
 * QUIC Initial packet protection (RFC 9001 §5.2): keys derived from the client's first
 * Destination Connection ID and a version-specific salt, so anyone can remove them — which is
 * how tshark shows the ClientHello and ServerHello inside QUIC.
 */
final class QuicInitialKeys {

	private static final byte[] SALT_V1 = HexFormat.of().parseHex("38762cf7f55934b34d179ae6a4c80cadccbb7f0a");
	private static final byte[] SALT_DRAFT29 = HexFormat.of().parseHex("afbfec289993d24c9e9786f19c6111e04390a899");

	private final SecretKeySpec key;
	private final byte[] iv;
	private final Cipher headerProtection;
	private final Cipher aead;

	private QuicInitialKeys(byte[] secret) throws GeneralSecurityException {
		key = new SecretKeySpec(Hkdf.expandLabel("HmacSHA256", secret, "quic key", null, 16), "AES");
		iv = Hkdf.expandLabel("HmacSHA256", secret, "quic iv", null, 12);
		byte[] hp = Hkdf.expandLabel("HmacSHA256", secret, "quic hp", null, 16);
		headerProtection = Cipher.getInstance("AES/ECB/NoPadding");
		headerProtection.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(hp, "AES"));
		aead = Cipher.getInstance("AES/GCM/NoPadding");
	}

	/** True for the versions whose Initial salt is known (v1 and draft-29). */
	static boolean supported(long version) {
		return version == 1 || version == 0xff00001dL;
	}

	/** Client and server keys for a connection whose client chose {@code dcid}. */
	static QuicInitialKeys[] derive(long version, byte[] dcid) throws GeneralSecurityException {
		byte[] initial = Hkdf.extract("HmacSHA256", version == 1 ? SALT_V1 : SALT_DRAFT29, dcid);
		return new QuicInitialKeys[] {
				new QuicInitialKeys(Hkdf.expandLabel("HmacSHA256", initial, "client in", null, 32)),
				new QuicInitialKeys(Hkdf.expandLabel("HmacSHA256", initial, "server in", null, 32)) };
	}

	/** The 5-byte header-protection mask for a 16-byte sample. */
	byte[] mask(byte[] packet, int sampleOffset) throws GeneralSecurityException {
		return headerProtection.doFinal(packet, sampleOffset, 16);
	}

	/** Decrypts a payload; null when it does not authenticate. */
	byte[] open(long packetNumber, byte[] header, byte[] packet, int offset, int length) {
		byte[] nonce = iv.clone();
		for (int i = 0; i < 8; i++) {
			nonce[11 - i] ^= (byte) (packetNumber >>> (8 * i));
		}
		try {
			aead.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, nonce));
			aead.updateAAD(header);
			return aead.doFinal(packet, offset, length);
		} catch (GeneralSecurityException e) {
			return null;
		}
	}
}
