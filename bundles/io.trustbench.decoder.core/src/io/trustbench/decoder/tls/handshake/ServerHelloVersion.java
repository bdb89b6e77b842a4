package io.trustbench.decoder.tls.handshake;

import io.trustbench.decoder.ByteReader;

/**
 * The version a ServerHello selects, found before its fields are dissected: the random's meaning
 * (a time before TLS 1.3, not in it) depends on supported_versions, which comes after it. Like
 * Wireshark's look-ahead, this only reads; a truncated message just keeps the legacy version.
 */
final class ServerHelloVersion {

	private static final int SUPPORTED_VERSIONS = 43;

	private ServerHelloVersion() {
	}

	/**
	 * @param in     reader positioned just after the legacy version (at the random); not moved
	 * @param legacy the legacy_version field
	 */
	static int selected(ByteReader in, int legacy) {
		byte[] b = in.source().bytes();
		int end = in.limit();
		int p = in.position() + 32;
		if (p >= end) {
			return legacy;
		}
		p += 1 + (b[p] & 0xff) + 3; // session id, cipher suite, compression method
		if (p + 2 > end) {
			return legacy;
		}
		int extensionsEnd = Math.min(end, p + 2 + u16(b, p));
		p += 2;
		while (p + 4 <= extensionsEnd) {
			int type = u16(b, p);
			int length = u16(b, p + 2);
			if (type == SUPPORTED_VERSIONS && length >= 2 && p + 6 <= extensionsEnd) {
				return u16(b, p + 4);
			}
			p += 4 + length;
		}
		return legacy;
	}

	private static int u16(byte[] b, int p) {
		return ((b[p] & 0xff) << 8) | (b[p + 1] & 0xff);
	}
}
