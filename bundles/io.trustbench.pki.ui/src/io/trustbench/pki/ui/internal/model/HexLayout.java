package io.trustbench.pki.ui.internal.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The hex pane's text and the mapping between byte offsets and character positions:
 * {@code offset | 16 hex bytes (gap after 8) | ASCII}. Pure text so the mapping is tested
 * without a display and the pane only applies styles.
 *
 * <pre>
 * 00000000  30 82 01 f1 30 82 01 97  a0 03 02 01 02 02 14 2b  0...0..........+
 * </pre>
 */
public final class HexLayout {

	public static final int BYTES_PER_LINE = 16;
	/** Characters of the offset column including the two spaces after it. */
	public static final int OFFSET_WIDTH = 10;
	/** First ASCII column: offset, 16 × "xx ", the middle gap, one more space. */
	public static final int ASCII_COLUMN = OFFSET_WIDTH + BYTES_PER_LINE * 3 + 2;
	/** Line length including the newline. */
	public static final int LINE_LENGTH = ASCII_COLUMN + BYTES_PER_LINE + 1;

	private static final char[] DIGITS = "0123456789abcdef".toCharArray();

	private final byte[] data;
	private final String text;

	public HexLayout(byte[] data) {
		this.data = data.clone();
		this.text = render(this.data);
	}

	public String text() {
		return text;
	}

	public int byteCount() {
		return data.length;
	}

	public int lineCount() {
		return (data.length + BYTES_PER_LINE - 1) / BYTES_PER_LINE;
	}

	public static int lineOf(int byteOffset) {
		return byteOffset / BYTES_PER_LINE;
	}

	/** Position of the first hex digit of a byte. */
	public static int hexPosition(int byteOffset) {
		int column = byteOffset % BYTES_PER_LINE;
		return lineOf(byteOffset) * LINE_LENGTH + OFFSET_WIDTH + column * 3 + (column >= 8 ? 1 : 0);
	}

	public static int asciiPosition(int byteOffset) {
		return lineOf(byteOffset) * LINE_LENGTH + ASCII_COLUMN + byteOffset % BYTES_PER_LINE;
	}

	/**
	 * Character ranges {@code {start, length}} covering the hex digits and ASCII characters of
	 * bytes {@code [offset, offset + length)}, one hex and one ASCII range per line, in text order.
	 * Out-of-range requests are clipped to the data.
	 */
	public List<int[]> ranges(int offset, int length) {
		List<int[]> result = new ArrayList<>();
		int start = Math.max(0, offset);
		int end = Math.min(data.length, offset + Math.max(0, length));
		for (int first = start; first < end; first = (lineOf(first) + 1) * BYTES_PER_LINE) {
			int last = Math.min(end, (lineOf(first) + 1) * BYTES_PER_LINE) - 1;
			int hexStart = hexPosition(first);
			result.add(new int[] { hexStart, hexPosition(last) + 2 - hexStart });
			result.add(new int[] { asciiPosition(first), last - first + 1 });
		}
		return result;
	}

	/** The byte shown at a character position (hex digits or ASCII column), or -1. */
	public int byteAt(int position) {
		if (position < 0 || position >= text.length()) {
			return -1;
		}
		int line = position / LINE_LENGTH;
		int column = position % LINE_LENGTH;
		int index;
		if (column >= ASCII_COLUMN && column < ASCII_COLUMN + BYTES_PER_LINE) {
			index = column - ASCII_COLUMN;
		} else if (column >= OFFSET_WIDTH && column < ASCII_COLUMN - 1) {
			int inHex = column - OFFSET_WIDTH;
			if (inHex >= 24) {
				inHex--; // the gap after the eighth byte
			}
			if (inHex < 0 || inHex % 3 == 2) {
				return -1; // a separator space
			}
			index = inHex / 3;
		} else {
			return -1;
		}
		int offset = line * BYTES_PER_LINE + index;
		return offset < data.length ? offset : -1;
	}

	private static String render(byte[] data) {
		int lines = (data.length + BYTES_PER_LINE - 1) / BYTES_PER_LINE;
		StringBuilder out = new StringBuilder(lines * LINE_LENGTH);
		for (int line = 0; line < lines; line++) {
			int first = line * BYTES_PER_LINE;
			String offset = Integer.toHexString(first);
			out.append("0".repeat(Math.max(0, 8 - offset.length()))).append(offset).append("  ");
			for (int i = 0; i < BYTES_PER_LINE; i++) {
				if (i == 8) {
					out.append(' ');
				}
				if (first + i < data.length) {
					int b = data[first + i] & 0xff;
					out.append(DIGITS[b >>> 4]).append(DIGITS[b & 0xf]).append(' ');
				} else {
					out.append("   ");
				}
			}
			out.append(' ');
			for (int i = 0; i < BYTES_PER_LINE; i++) {
				if (first + i < data.length) {
					int b = data[first + i] & 0xff;
					out.append(b >= 0x20 && b < 0x7f ? (char) b : '.');
				} else {
					out.append(' ');
				}
			}
			out.append('\n');
		}
		return out.toString();
	}
}
