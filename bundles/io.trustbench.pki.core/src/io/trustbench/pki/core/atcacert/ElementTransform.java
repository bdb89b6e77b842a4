package io.trustbench.pki.core.atcacert;

import java.nio.charset.StandardCharsets;

/**
 * How the bytes of an extra element on the device become bytes of the certificate
 * ({@code atcacert_transform_t}): e.g. {@link #BIN2HEX_UC} turns the 4 config-zone bytes of a serial
 * number into the 8 characters a subject CN carries. A rebuild {@link #apply applies} the element's
 * transforms in order; {@link #invert} goes back, so a certificate can be compressed and checked.
 */
public enum ElementTransform {
	/** Byte for byte. */
	NONE,
	/** Byte order reversed (endianness). */
	REVERSE,
	/** Binary to upper-case ASCII hex, two characters per byte. */
	BIN2HEX_UC,
	/** Binary to lower-case ASCII hex. */
	BIN2HEX_LC,
	/** Upper-case ASCII hex to binary (either case is read, as cryptoauthlib does). */
	HEX2BIN_UC,
	/** Lower-case ASCII hex to binary (either case is read). */
	HEX2BIN_LC,
	/** Binary to upper-case hex with a space between bytes ("01 23 AB"). */
	BIN2HEX_SPACE_UC,
	/** Binary to lower-case hex with a space between bytes. */
	BIN2HEX_SPACE_LC,
	/** Upper-case hex with spaces between bytes to binary. */
	HEX2BIN_SPACE_UC,
	/** Lower-case hex with spaces between bytes to binary. */
	HEX2BIN_SPACE_LC;

	/** Size of the output for an input of {@code size} bytes, or -1 when no input of that size fits. */
	public int outputSize(int size) {
		return switch (this) {
		case NONE, REVERSE -> size;
		case BIN2HEX_UC, BIN2HEX_LC -> 2 * size;
		case BIN2HEX_SPACE_UC, BIN2HEX_SPACE_LC -> size == 0 ? 0 : 3 * size - 1;
		case HEX2BIN_UC, HEX2BIN_LC -> size % 2 == 0 ? size / 2 : -1;
		case HEX2BIN_SPACE_UC, HEX2BIN_SPACE_LC -> size == 0 ? 0 : (size + 1) % 3 == 0 ? (size + 1) / 3 : -1;
		};
	}

	/** Device bytes → certificate bytes. */
	public byte[] apply(byte[] in) throws AtcacertException {
		return switch (this) {
		case NONE -> in.clone();
		case REVERSE -> reversed(in);
		case BIN2HEX_UC -> hex(in, "", true);
		case BIN2HEX_LC -> hex(in, "", false);
		case BIN2HEX_SPACE_UC -> hex(in, " ", true);
		case BIN2HEX_SPACE_LC -> hex(in, " ", false);
		case HEX2BIN_UC, HEX2BIN_LC -> binary(in, false, null);
		case HEX2BIN_SPACE_UC, HEX2BIN_SPACE_LC -> binary(in, true, null);
		};
	}

	/**
	 * Certificate bytes → device bytes. Strict: hex text must be in this transform's case, since a
	 * rebuild could not reproduce other text.
	 */
	public byte[] invert(byte[] out) throws AtcacertException {
		return switch (this) {
		case NONE -> out.clone();
		case REVERSE -> reversed(out);
		case BIN2HEX_UC -> binary(out, false, Boolean.TRUE);
		case BIN2HEX_LC -> binary(out, false, Boolean.FALSE);
		case BIN2HEX_SPACE_UC -> binary(out, true, Boolean.TRUE);
		case BIN2HEX_SPACE_LC -> binary(out, true, Boolean.FALSE);
		case HEX2BIN_UC, HEX2BIN_SPACE_UC -> hex(out, this == HEX2BIN_UC ? "" : " ", true);
		case HEX2BIN_LC, HEX2BIN_SPACE_LC -> hex(out, this == HEX2BIN_LC ? "" : " ", false);
		};
	}

	private static byte[] reversed(byte[] in) {
		byte[] out = new byte[in.length];
		for (int i = 0; i < in.length; i++) {
			out[i] = in[in.length - 1 - i];
		}
		return out;
	}

	private static byte[] hex(byte[] in, String separator, boolean upper) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < in.length; i++) {
			if (i > 0) {
				text.append(separator);
			}
			text.append(String.format(upper ? "%02X" : "%02x", in[i] & 0xff));
		}
		return text.toString().getBytes(StandardCharsets.US_ASCII);
	}

	/** @param upperCase required case, or null for either */
	private byte[] binary(byte[] text, boolean spaced, Boolean upperCase) throws AtcacertException {
		int size = (spaced ? HEX2BIN_SPACE_UC : HEX2BIN_UC).outputSize(text.length);
		if (size < 0) {
			throw new AtcacertException(name() + ": " + text.length + " characters are not " + (spaced
					? "hex bytes separated by spaces" : "whole hex bytes"));
		}
		byte[] out = new byte[size];
		int step = spaced ? 3 : 2;
		for (int i = 0; i < size; i++) {
			int at = i * step;
			if (spaced && i > 0 && text[at - 1] != ' ') {
				throw new AtcacertException(name() + ": no space before byte " + i + " in '" + ascii(text) + "'");
			}
			out[i] = (byte) (digit(text, at, upperCase) << 4 | digit(text, at + 1, upperCase));
		}
		return out;
	}

	private int digit(byte[] text, int at, Boolean upperCase) throws AtcacertException {
		char c = (char) (text[at] & 0xff);
		int value = Character.digit(c, 16);
		boolean letter = c >= 'A' && c <= 'F' || c >= 'a' && c <= 'f';
		if (value < 0 || c > 'f' || letter && upperCase != null && Character.isUpperCase(c) != upperCase) {
			throw new AtcacertException(name() + ": '" + ascii(text) + "' is not " + (upperCase == null ? ""
					: upperCase ? "upper-case " : "lower-case ") + "hex");
		}
		return value;
	}

	private static String ascii(byte[] text) {
		return new String(text, StandardCharsets.US_ASCII).replaceAll("[^\\x20-\\x7e]", "?");
	}
}
