package io.trustbench.pki.core.atcacert;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Key identifiers as atcacert computes them: SHA-1 over the uncompressed point 04 ‖ X ‖ Y. */
public final class KeyIds {

	private KeyIds() {
	}

	public static byte[] of(byte[] publicKey) {
		if (publicKey == null || publicKey.length != 64) {
			throw new IllegalArgumentException("public key must be 64 bytes (X‖Y)");
		}
		try {
			MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
			sha1.update((byte) 0x04);
			return sha1.digest(publicKey);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-1 missing from the JDK", e);
		}
	}
}
