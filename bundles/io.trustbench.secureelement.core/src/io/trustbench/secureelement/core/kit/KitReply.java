package io.trustbench.secureelement.core.kit;


import io.trustbench.core.Hex;

/**
 * A kit reply line {@code [<text> ]<status 2 hex>(<hex data>)}: e.g. {@code ATSAMG55 00(010109)},
 * {@code 00(0411 3343)}, {@code C3()}. Parsing follows the Insight GUI: status = the two
 * characters before the first '(', text = what precedes them, data = up to the first ')'.
 */
public record KitReply(String text, int status, byte[] data) {

	/** Kit-level status codes (thing firmware and CK590 dongles). */
	public static final int OK = 0x00;
	public static final int UNKNOWN_COMMAND = 0xC0;
	public static final int RX_OVERFLOW = 0xC1;
	public static final int TX_OVERFLOW = 0xC2;
	public static final int INVALID_PARAMS = 0xC3;
	public static final int INVALID_INTERFACE = 0xC4;
	public static final int NO_DEVICE = 0xC5;

	public KitReply {
		text = text == null ? "" : text;
		data = data == null ? new byte[0] : data.clone();
	}

	public static KitReply ok(byte[] data) {
		return new KitReply("", OK, data);
	}

	public static KitReply status(int status) {
		return new KitReply("", status, new byte[0]);
	}

	public boolean isOk() {
		return status == OK;
	}

	@Override
	public byte[] data() {
		return data.clone();
	}

	/** The wire form without the trailing newline; data hex in upper case as the firmware sends it. */
	public String format() {
		String head = text.isEmpty() ? "" : (text.endsWith(" ") ? text : text + " ");
		return head + String.format("%02X", status & 0xFF) + "(" + Hex.encodeUpper(data) + ")";
	}

	/**
	 * Parses one reply line (trailing newline, NUL/0x04 padding and spaces ignored).
	 *
	 * @throws KitProtocolException for anything that is not a reply
	 */
	public static KitReply parse(String line) throws KitProtocolException {
		String clean = strip(line);
		int open = clean.indexOf('(');
		if (open < 2) {
			throw new KitProtocolException("kit reply has no status: " + KitCommand.abbreviate(clean));
		}
		int close = clean.indexOf(')', open);
		if (close < 0) {
			throw new KitProtocolException("kit reply is not terminated by ')': " + KitCommand.abbreviate(clean));
		}
		String statusHex = clean.substring(open - 2, open);
		int status;
		try {
			status = Integer.parseInt(statusHex, 16);
		} catch (NumberFormatException e) {
			throw new KitProtocolException("kit reply status is not hex: " + KitCommand.abbreviate(clean));
		}
		if (statusHex.charAt(0) == '-' || statusHex.charAt(0) == '+') {
			throw new KitProtocolException("kit reply status is not hex: " + KitCommand.abbreviate(clean));
		}
		String text = clean.substring(0, open - 2).trim();
		byte[] data;
		try {
			data = Hex.decode(clean.substring(open + 1, close));
		} catch (IllegalArgumentException e) {
			throw new KitProtocolException("kit reply data: " + e.getMessage());
		}
		return new KitReply(text, status, data);
	}

	/** Removes newline, NUL and 0x04 padding and surrounding blanks. */
	static String strip(String line) {
		StringBuilder b = new StringBuilder(line.length());
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c != '\0' && c != 0x04 && c != '\n' && c != '\r') {
				b.append(c);
			}
		}
		return b.toString().trim();
	}

	@Override
	public String toString() {
		return format();
	}
}
