package io.trustbench.secureelement.ui.internal.operations;

import java.util.Base64;

import io.trustbench.core.Hex;

/** X‖Y of a P-256 key as SubjectPublicKeyInfo PEM, the form openssl and every TLS stack read. */
public final class PublicKeyPem {

	/** SEQUENCE { SEQUENCE { id-ecPublicKey, prime256v1 }, BIT STRING (0 unused bits, then 04‖X‖Y) }. */
	private static final byte[] PREFIX = Hex.decode("3059301306072a8648ce3d020106082a8648ce3d030107034200"); //$NON-NLS-1$

	private PublicKeyPem() {
	}

	public static byte[] der(byte[] xy) {
		if (xy.length != 64) {
			throw new IllegalArgumentException("a P-256 public key X‖Y is 64 bytes, not " + xy.length); //$NON-NLS-1$
		}
		byte[] der = new byte[PREFIX.length + 65];
		System.arraycopy(PREFIX, 0, der, 0, PREFIX.length);
		der[PREFIX.length] = 0x04;
		System.arraycopy(xy, 0, der, PREFIX.length + 1, 64);
		return der;
	}

	public static String pem(byte[] xy) {
		String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der(xy)); //$NON-NLS-1$
		return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n"; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
