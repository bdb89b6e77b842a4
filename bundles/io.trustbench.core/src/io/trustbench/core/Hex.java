package io.trustbench.core;

import java.util.HexFormat;

/** Hex helpers used by every protocol bundle; strict on input so bad user input is reported. */
public final class Hex {

	private static final HexFormat LOWER = HexFormat.of();

	private Hex() {
	}

	public static String encode(byte[] bytes) {
		return LOWER.formatHex(bytes);
	}

	public static String encodeUpper(byte[] bytes) {
		return LOWER.withUpperCase().formatHex(bytes);
	}

	/** Decodes hex, ignoring spaces and colons; throws IllegalArgumentException with a clear message. */
	public static byte[] decode(String hex) {
		String clean = hex.replaceAll("[\\s:]", "");
		if (clean.length() % 2 != 0) {
			throw new IllegalArgumentException("hex string has an odd number of digits (" + clean.length() + ")");
		}
		try {
			return LOWER.parseHex(clean);
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("not a hex string: " + abbreviate(hex));
		}
	}

	private static String abbreviate(String s) {
		return s.length() <= 40 ? s : s.substring(0, 40) + "…";
	}
}
