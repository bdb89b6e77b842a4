package io.trustbench.secureelement.ui.internal.operations;

import io.trustbench.core.Hex;

/** Hex for people: upper case, 32 bytes per line, and lenient parsing of what they paste. */
public final class HexText {

	private HexText() {
	}

	public static String lines(byte[] bytes) {
		String hex = Hex.encodeUpper(bytes);
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < hex.length(); i += 64) {
			if (i > 0) {
				out.append('\n');
			}
			out.append(hex, i, Math.min(hex.length(), i + 64));
		}
		return out.toString();
	}

	/** Strips spaces, colons, newlines and a 0x prefix; null if what is left is not even-length hex. */
	public static byte[] parse(String text) {
		String compact = text.replaceAll("[\\s:]", ""); //$NON-NLS-1$ //$NON-NLS-2$
		if (compact.startsWith("0x") || compact.startsWith("0X")) { //$NON-NLS-1$ //$NON-NLS-2$
			compact = compact.substring(2);
		}
		if (compact.isEmpty() || compact.length() % 2 != 0 || !compact.matches("[0-9a-fA-F]+")) { //$NON-NLS-1$
			return null;
		}
		return Hex.decode(compact);
	}
}
