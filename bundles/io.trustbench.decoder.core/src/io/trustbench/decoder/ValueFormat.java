package io.trustbench.decoder;

import java.util.function.IntFunction;

/** How an integer field prints, in the tree and as tshark's {@code -T fields} value. */
public enum ValueFormat {
	/** Decimal value, e.g. {@code 22}; shown as "Name (22)" when it has a name. */
	DEC,
	/** Zero-padded hex sized by the field, e.g. {@code 0x0303}. */
	HEX;

	public String value(int v, int size) {
		if (this == DEC) {
			return v >= 0 && v < SMALL.length ? SMALL[v] : Integer.toString(v);
		}
		return hex(v, size);
	}

	/** Decimal strings of small values, shared (lengths, types and ports repeat on every packet). */
	private static final String[] SMALL = new String[4096];
	static {
		for (int i = 0; i < SMALL.length; i++) {
			SMALL[i] = Integer.toString(i);
		}
	}

	public static String hex(int v, int size) {
		String digits = Integer.toHexString(v);
		StringBuilder sb = new StringBuilder(2 + size * 2).append("0x");
		for (int i = digits.length(); i < size * 2; i++) {
			sb.append('0');
		}
		return sb.append(digits).toString();
	}

	public String display(String label, int v, int size, IntFunction<String> names) {
		String raw = value(v, size);
		String name = names == null ? null : names.apply(v);
		if (name == null) {
			return label + ": " + (names == null ? raw : "Unknown (" + raw + ")");
		}
		return label + ": " + name + " (" + raw + ")";
	}
}
