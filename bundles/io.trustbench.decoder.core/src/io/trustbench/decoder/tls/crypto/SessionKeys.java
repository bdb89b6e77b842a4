package io.trustbench.decoder.tls.crypto;

import java.security.GeneralSecurityException;

/** Turns logged secrets into record decrypters: TLS 1.0–1.2 key blocks and TLS 1.3 traffic keys. */
public final class SessionKeys {

	private SessionKeys() {
	}

	/**
	 * TLS 1.0–1.2: the key block from the master secret (RFC 5246 §6.3), then the decrypter of one side.
	 *
	 * @return null when the suite's record protection is not supported
	 */
	public static RecordDecrypter tls12(CipherSuite suite, int version, byte[] masterSecret, byte[] clientRandom,
			byte[] serverRandom, boolean clientSide) throws GeneralSecurityException {
		if (suite.bulk() == CipherSuite.Bulk.UNSUPPORTED || suite.bulk() == CipherSuite.Bulk.NULL) {
			return null;
		}
		int macLength = suite.aead() ? 0 : suite.macLength();
		int keyLength = suite.keyLength();
		int ivLength = suite.fixedIvLength();
		int total = 2 * (macLength + keyLength + ivLength);
		byte[] seed = Tls12Prf.concat(serverRandom, clientRandom);
		byte[] block = version >= 0x0303 ? Tls12Prf.prf(suite.prfHmac(), masterSecret, "key expansion", seed, total)
				: Tls12Prf.prfTls10(masterSecret, "key expansion", seed, total);
		int p = 0;
		byte[] clientMac = slice(block, p, macLength);
		p += macLength;
		byte[] serverMac = slice(block, p, macLength);
		p += macLength;
		byte[] clientKey = slice(block, p, keyLength);
		p += keyLength;
		byte[] serverKey = slice(block, p, keyLength);
		p += keyLength;
		byte[] clientIv = slice(block, p, ivLength);
		p += ivLength;
		byte[] serverIv = slice(block, p, ivLength);
		if (suite.aead()) {
			return new AeadDecrypter(false, suite.bulk(), clientSide ? clientKey : serverKey, clientSide ? clientIv : serverIv);
		}
		return new CbcDecrypter(suite, version >= 0x0302, clientSide ? clientKey : serverKey,
				clientSide ? clientIv : serverIv, clientSide ? clientMac : serverMac);
	}

	/** TLS 1.3: key and IV from a traffic secret (RFC 8446 §7.3). Null for unsupported suites. */
	public static RecordDecrypter tls13(CipherSuite suite, byte[] trafficSecret) throws GeneralSecurityException {
		if (!suite.aead()) {
			return null;
		}
		byte[] key = Hkdf.expandLabel(suite.hkdfHmac(), trafficSecret, "key", null, suite.keyLength());
		byte[] iv = Hkdf.expandLabel(suite.hkdfHmac(), trafficSecret, "iv", null, 12);
		return new AeadDecrypter(true, suite.bulk(), key, iv);
	}

	/** The secret after a KeyUpdate (RFC 8446 §7.2). */
	public static byte[] nextTrafficSecret(CipherSuite suite, byte[] secret) throws GeneralSecurityException {
		int length = suite.hkdfHmac().endsWith("384") ? 48 : 32;
		return Hkdf.expandLabel(suite.hkdfHmac(), secret, "traffic upd", null, length);
	}

	private static byte[] slice(byte[] b, int from, int length) {
		byte[] out = new byte[length];
		System.arraycopy(b, from, out, 0, length);
		return out;
	}
}
