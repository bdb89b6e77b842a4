package io.trustbench.decoder.tls.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The TLS pseudo-random function: P_hash of RFC 5246 §5 for TLS 1.2 (SHA-256 or the suite's
 * SHA-384), and the MD5 ⊕ SHA-1 split of RFC 2246 §5 for TLS 1.0 and 1.1.
 */
public final class Tls12Prf {

	private Tls12Prf() {
	}

	public static byte[] prf(String hmac, byte[] secret, String label, byte[] seed, int length)
			throws GeneralSecurityException {
		byte[] labelSeed = concat(label.getBytes(StandardCharsets.US_ASCII), seed);
		return pHash(hmac, secret, labelSeed, length);
	}

	public static byte[] prfTls10(byte[] secret, String label, byte[] seed, int length) throws GeneralSecurityException {
		byte[] labelSeed = concat(label.getBytes(StandardCharsets.US_ASCII), seed);
		int half = (secret.length + 1) / 2;
		byte[] s1 = new byte[half];
		byte[] s2 = new byte[half];
		System.arraycopy(secret, 0, s1, 0, half);
		System.arraycopy(secret, secret.length - half, s2, 0, half);
		byte[] md5 = pHash("HmacMD5", s1, labelSeed, length);
		byte[] sha = pHash("HmacSHA1", s2, labelSeed, length);
		for (int i = 0; i < length; i++) {
			md5[i] ^= sha[i];
		}
		return md5;
	}

	static byte[] pHash(String hmac, byte[] secret, byte[] seed, int length) throws GeneralSecurityException {
		Mac mac = Mac.getInstance(hmac);
		mac.init(new SecretKeySpec(secret.length == 0 ? new byte[1] : secret, hmac));
		byte[] out = new byte[length];
		byte[] a = seed;
		int done = 0;
		while (done < length) {
			a = mac.doFinal(a);
			mac.update(a);
			byte[] block = mac.doFinal(seed);
			int n = Math.min(block.length, length - done);
			System.arraycopy(block, 0, out, done, n);
			done += n;
		}
		return out;
	}

	static byte[] concat(byte[] a, byte[] b) {
		byte[] out = new byte[a.length + b.length];
		System.arraycopy(a, 0, out, 0, a.length);
		System.arraycopy(b, 0, out, a.length, b.length);
		return out;
	}
}
