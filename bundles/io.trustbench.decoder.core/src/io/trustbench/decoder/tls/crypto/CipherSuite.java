package io.trustbench.decoder.tls.crypto;

import io.trustbench.decoder.tls.TlsValues;

/**
 * What decryption needs to know about a cipher suite, read from its IANA name
 * ({@code TLS_<key exchange>_WITH_<cipher>_<mac>} or TLS 1.3's {@code TLS_<aead>_<hash>}) so that
 * the table of names stays the only table.
 */
public record CipherSuite(int id, String name, String keyExchange, Bulk bulk, int keyLength, String macAlgorithm,
		int macLength, String prfHmac) {

	/** The record protection algorithm. */
	public enum Bulk {
		AES_GCM, CHACHA20_POLY1305, AES_CBC, TRIPLE_DES_CBC, NULL, UNSUPPORTED
	}

	/** Parameters of the suite, or null when its name is unknown. */
	public static CipherSuite of(int id) {
		String name = TlsValues.cipherSuite(id);
		if (name == null) {
			return null;
		}
		String prf = name.endsWith("_SHA384") ? "HmacSHA384" : "HmacSHA256";
		int with = name.indexOf("_WITH_");
		String kx = with < 0 ? "TLS13" : name.substring(4, with);
		String cipher = with < 0 ? name.substring(4) : name.substring(with + 6);
		Bulk bulk;
		int keyLength;
		if (cipher.startsWith("AES_128_GCM")) {
			bulk = Bulk.AES_GCM;
			keyLength = 16;
		} else if (cipher.startsWith("AES_256_GCM")) {
			bulk = Bulk.AES_GCM;
			keyLength = 32;
		} else if (cipher.startsWith("CHACHA20_POLY1305")) {
			bulk = Bulk.CHACHA20_POLY1305;
			keyLength = 32;
		} else if (cipher.startsWith("AES_128_CBC")) {
			bulk = Bulk.AES_CBC;
			keyLength = 16;
		} else if (cipher.startsWith("AES_256_CBC")) {
			bulk = Bulk.AES_CBC;
			keyLength = 32;
		} else if (cipher.startsWith("3DES_EDE_CBC")) {
			bulk = Bulk.TRIPLE_DES_CBC;
			keyLength = 24;
		} else if (cipher.startsWith("NULL")) {
			bulk = Bulk.NULL;
			keyLength = 0;
		} else {
			bulk = Bulk.UNSUPPORTED;
			keyLength = 0;
		}
		String mac = null;
		int macLength = 0;
		boolean aead = bulk == Bulk.AES_GCM || bulk == Bulk.CHACHA20_POLY1305;
		if (!aead) {
			if (cipher.endsWith("_SHA")) {
				mac = "HmacSHA1";
				macLength = 20;
			} else if (cipher.endsWith("_SHA256")) {
				mac = "HmacSHA256";
				macLength = 32;
			} else if (cipher.endsWith("_SHA384")) {
				mac = "HmacSHA384";
				macLength = 48;
			} else if (cipher.endsWith("_MD5")) {
				mac = "HmacMD5";
				macLength = 16;
			}
		}
		return new CipherSuite(id, name, kx, bulk, keyLength, mac, macLength, prf);
	}

	public boolean aead() {
		return bulk == Bulk.AES_GCM || bulk == Bulk.CHACHA20_POLY1305;
	}

	public boolean tls13() {
		return "TLS13".equals(keyExchange);
	}

	/** Bytes of fixed IV from the TLS 1.2 key block. */
	public int fixedIvLength() {
		return switch (bulk) {
		case AES_GCM -> 4;
		case CHACHA20_POLY1305 -> 12;
		case AES_CBC -> 16;
		case TRIPLE_DES_CBC -> 8;
		default -> 0;
		};
	}

	/** Elliptic-curve Diffie-Hellman key exchange (ServerKeyExchange carries a curve and point). */
	public boolean ecdh() {
		return keyExchange.startsWith("ECDH");
	}

	public boolean dh() {
		return keyExchange.startsWith("DH");
	}

	/** The HMAC of TLS 1.3's HKDF for this suite. */
	public String hkdfHmac() {
		return prfHmac;
	}
}
