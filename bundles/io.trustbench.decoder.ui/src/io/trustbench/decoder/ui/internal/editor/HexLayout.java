package io.trustbench.decoder.ui.internal.editor;

/**
 * Text layout of the hex pane, Wireshark style: {@code offset  16 hex bytes (gap after 8)  ASCII}.
 * Maps byte indexes to character ranges and back, so highlighting and byte picking agree.
 */
public final class HexLayout {

	static final int BYTES_PER_LINE = 16;
	private static final int HEX_WIDTH = BYTES_PER_LINE * 3 + 1;

	private final int length;
	private final int offsetDigits;
	private final int hexStart;
	private final int asciiStart;
	private final int lineLength;

	public HexLayout(int length) {
		this.length = length;
		this.offsetDigits = length > 0xffff ? 8 : 4;
		this.hexStart = offsetDigits + 2;
		this.asciiStart = hexStart + HEX_WIDTH + 2; // two spaces after the last hex byte's own
		this.lineLength = asciiStart + BYTES_PER_LINE + 1; // + newline
	}

	public String text(byte[] bytes) {
		StringBuilder sb = new StringBuilder(lines() * lineLength);
		for (int line = 0; line < lines(); line++) {
			int base = line * BYTES_PER_LINE;
			String offset = Integer.toHexString(base);
			sb.append("0".repeat(Math.max(0, offsetDigits - offset.length()))).append(offset).append("  ");
			for (int j = 0; j < BYTES_PER_LINE; j++) {
				if (j == 8) {
					sb.append(' ');
				}
				if (base + j < length) {
					int b = bytes[base + j] & 0xff;
					sb.append(Character.forDigit(b >> 4, 16)).append(Character.forDigit(b & 0xf, 16)).append(' ');
				} else {
					sb.append("   ");
				}
			}
			sb.append("  ");
			for (int j = 0; j < BYTES_PER_LINE && base + j < length; j++) {
				int b = bytes[base + j] & 0xff;
				sb.append(b >= 0x20 && b < 0x7f ? (char) b : '.');
			}
			if (line < lines() - 1) {
				sb.append('\n');
			}
		}
		return sb.toString();
	}

	public int lines() {
		return Math.max(1, (length + BYTES_PER_LINE - 1) / BYTES_PER_LINE);
	}

	/** Character offset of the first hex digit of byte {@code index}. */
	public int hexOffset(int index) {
		int line = index / BYTES_PER_LINE;
		int column = index % BYTES_PER_LINE;
		return line * lineLength + hexStart + column * 3 + (column >= 8 ? 1 : 0);
	}

	/** Character offset of byte {@code index} in the ASCII column. */
	public int asciiOffset(int index) {
		int line = index / BYTES_PER_LINE;
		return line * lineLength + asciiStart + index % BYTES_PER_LINE;
	}

	/** The byte shown at a character offset (hex digits, the space after them, or ASCII), or -1. */
	public int byteAt(int charOffset) {
		int line = charOffset / lineLength;
		int column = charOffset % lineLength;
		int j;
		if (column >= hexStart && column < hexStart + HEX_WIDTH) {
			int relative = column - hexStart;
			if (relative == 8 * 3) {
				return -1; // the gap between the two groups of eight
			}
			j = relative < 8 * 3 ? relative / 3 : 8 + (relative - 8 * 3 - 1) / 3;
		} else if (column >= asciiStart && column < asciiStart + BYTES_PER_LINE) {
			j = column - asciiStart;
		} else {
			return -1;
		}
		int index = line * BYTES_PER_LINE + j;
		return j < BYTES_PER_LINE && index < length ? index : -1;
	}

	/** Line of byte {@code index} (for scrolling it into view). */
	public int lineOf(int index) {
		return index / BYTES_PER_LINE;
	}
}
