package io.trustbench.pki.core.extensions.decoders;

/** Upper-case colon hex as openssl prints key identifiers and serials. */
final class Hex {

	private Hex() {
	}

	static String colon(byte[] bytes) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < bytes.length; i++) {
			if (i > 0) {
				out.append(':');
			}
			out.append(String.format("%02X", bytes[i] & 0xff));
		}
		return out.toString();
	}
}
