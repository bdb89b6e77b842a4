package io.trustbench.decoder.tls.crypto;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HKDF (RFC 5869) and TLS 1.3's HKDF-Expand-Label (RFC 8446 §7.1), over the JDK's HMAC. */
public final class Hkdf {

	private Hkdf() {
	}

	public static byte[] extract(String hmac, byte[] salt, byte[] ikm) throws GeneralSecurityException {
		Mac mac = Mac.getInstance(hmac);
		byte[] key = salt == null || salt.length == 0 ? new byte[mac.getMacLength()] : salt;
		mac.init(new SecretKeySpec(key, hmac));
		return mac.doFinal(ikm);
	}

	public static byte[] expand(String hmac, byte[] prk, byte[] info, int length) throws GeneralSecurityException {
		Mac mac = Mac.getInstance(hmac);
		if (length > 255 * mac.getMacLength()) {
			throw new GeneralSecurityException("HKDF output too long: " + length);
		}
		mac.init(new SecretKeySpec(prk, hmac));
		byte[] out = new byte[length];
		byte[] block = new byte[0];
		int done = 0;
		for (int counter = 1; done < length; counter++) {
			mac.update(block);
			mac.update(info == null ? new byte[0] : info);
			mac.update((byte) counter);
			block = mac.doFinal();
			int n = Math.min(block.length, length - done);
			System.arraycopy(block, 0, out, done, n);
			done += n;
		}
		return out;
	}

	/** HKDF-Expand-Label(secret, "tls13 " + label, context, length). */
	public static byte[] expandLabel(String hmac, byte[] secret, String label, byte[] context, int length)
			throws GeneralSecurityException {
		byte[] fullLabel = ("tls13 " + label).getBytes(StandardCharsets.US_ASCII);
		byte[] ctx = context == null ? new byte[0] : context;
		ByteArrayOutputStream info = new ByteArrayOutputStream();
		info.write(length >> 8);
		info.write(length);
		info.write(fullLabel.length);
		info.writeBytes(fullLabel);
		info.write(ctx.length);
		info.writeBytes(ctx);
		return expand(hmac, secret, info.toByteArray(), length);
	}
}
