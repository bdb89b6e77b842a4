package io.trustbench.secureelement.core.internal.cli;

import java.util.Base64;

import io.trustbench.core.Hex;

/** X‖Y of a P-256 key as a SubjectPublicKeyInfo PEM (what {@code openssl pkeyutl -pubin} reads). */
final class PublicKeyPem {

	/** DER of SEQUENCE { SEQUENCE { id-ecPublicKey, prime256v1 }, BIT STRING (0 unused bits, 04 ...) }. */
	private static final byte[] PREFIX = Hex.decode("3059301306072a8648ce3d020106082a8648ce3d030107034200");

	private PublicKeyPem() {
	}

	static byte[] der(byte[] xy) {
		byte[] der = new byte[PREFIX.length + 65];
		System.arraycopy(PREFIX, 0, der, 0, PREFIX.length);
		der[PREFIX.length] = 0x04;
		System.arraycopy(xy, 0, der, PREFIX.length + 1, 64);
		return der;
	}

	static String pem(byte[] xy) {
		String b64 = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der(xy));
		return "-----BEGIN PUBLIC KEY-----\n" + b64 + "\n-----END PUBLIC KEY-----\n";
	}
}
