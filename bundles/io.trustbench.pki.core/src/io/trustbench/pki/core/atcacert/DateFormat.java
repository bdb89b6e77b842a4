package io.trustbench.pki.core.atcacert;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Date encodings a certificate definition can use (atcacert codes 0–4). */
public enum DateFormat {
	/** "YYYY-MM-DDThh:mm:ssZ". */
	ISO8601_SEP(0, 20),
	/** RFC 5280 UTCTime "YYMMDDhhmmssZ", years 1950–2049. */
	RFC5280_UTC(1, 13),
	/** Seconds since 1970 as big-endian uint32. */
	POSIX_UINT32_BE(2, 4),
	/** Seconds since 1970 as little-endian uint32. */
	POSIX_UINT32_LE(3, 4),
	/** RFC 5280 GeneralizedTime "YYYYMMDDhhmmssZ". */
	RFC5280_GEN(4, 15);

	private final int code;
	private final int size;

	DateFormat(int code, int size) {
		this.code = code;
		this.size = size;
	}

	public int code() {
		return code;
	}

	/** Encoded size in bytes. */
	public int size() {
		return size;
	}

	public static DateFormat fromCode(int code) throws AtcacertException {
		for (DateFormat format : values()) {
			if (format.code == code) {
				return format;
			}
		}
		throw new AtcacertException("unknown date format code " + code);
	}

	/** The date used when a certificate has no expiry (expire years 0). */
	public CertDate maxDate() {
		return switch (this) {
		case RFC5280_UTC -> new CertDate(2049, 12, 31, 23, 59, 59);
		case POSIX_UINT32_BE, POSIX_UINT32_LE -> new CertDate(2106, 2, 7, 6, 28, 15);
		default -> new CertDate(9999, 12, 31, 23, 59, 59);
		};
	}

	public byte[] encode(CertDate d) throws AtcacertException {
		return switch (this) {
		case ISO8601_SEP -> ascii(String.format("%04d-%02d-%02dT%02d:%02d:%02dZ", d.year(), d.month(), d.day(),
				d.hour(), d.minute(), d.second()));
		case RFC5280_UTC -> {
			if (d.year() < 1950 || d.year() > 2049) {
				throw new AtcacertException("year " + d.year() + " cannot be written as UTCTime (1950–2049)");
			}
			yield ascii(String.format("%02d%02d%02d%02d%02d%02dZ", d.year() % 100, d.month(), d.day(), d.hour(),
					d.minute(), d.second()));
		}
		case RFC5280_GEN -> ascii(String.format("%04d%02d%02d%02d%02d%02dZ", d.year(), d.month(), d.day(), d.hour(),
				d.minute(), d.second()));
		case POSIX_UINT32_BE, POSIX_UINT32_LE -> {
			long seconds = posixSeconds(d);
			if (seconds < 0 || seconds > 0xFFFFFFFFL) {
				throw new AtcacertException("date " + d + " does not fit a 32-bit POSIX time");
			}
			byte[] out = new byte[4];
			for (int i = 0; i < 4; i++) {
				int shift = this == POSIX_UINT32_BE ? 24 - 8 * i : 8 * i;
				out[i] = (byte) (seconds >>> shift);
			}
			yield out;
		}
		};
	}

	public CertDate decode(byte[] data) throws AtcacertException {
		if (data.length != size) {
			throw new AtcacertException(name() + " date needs " + size + " bytes, got " + data.length);
		}
		// non-printable bytes shown as '?' so that messages stay on one line
		String text = new String(data, StandardCharsets.ISO_8859_1).replaceAll("[^\\x20-\\x7e]", "?");
		try {
			return switch (this) {
			case ISO8601_SEP -> {
				expect(text, "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
				yield new CertDate(num(text, 0, 4), num(text, 5, 7), num(text, 8, 10), num(text, 11, 13),
						num(text, 14, 16), num(text, 17, 19));
			}
			case RFC5280_UTC -> {
				expect(text, "\\d{12}Z");
				int yy = num(text, 0, 2);
				yield new CertDate(yy >= 50 ? 1900 + yy : 2000 + yy, num(text, 2, 4), num(text, 4, 6),
						num(text, 6, 8), num(text, 8, 10), num(text, 10, 12));
			}
			case RFC5280_GEN -> {
				expect(text, "\\d{14}Z");
				yield new CertDate(num(text, 0, 4), num(text, 4, 6), num(text, 6, 8), num(text, 8, 10),
						num(text, 10, 12), num(text, 12, 14));
			}
			case POSIX_UINT32_BE, POSIX_UINT32_LE -> {
				long seconds = 0;
				for (int i = 0; i < 4; i++) {
					int index = this == POSIX_UINT32_BE ? i : 3 - i;
					seconds = (seconds << 8) | (data[index] & 0xff);
				}
				yield CertDate.of(LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC).atZone(ZoneOffset.UTC));
			}
			};
		} catch (IllegalArgumentException e) {
			throw new AtcacertException("bad " + name() + " date '" + text + "': " + e.getMessage());
		}
	}

	private static long posixSeconds(CertDate d) throws AtcacertException {
		try {
			return LocalDateTime.of(d.year(), d.month(), d.day(), d.hour(), d.minute(), d.second())
					.toEpochSecond(ZoneOffset.UTC);
		} catch (java.time.DateTimeException e) {
			throw new AtcacertException("date " + d + " is not a real calendar date");
		}
	}

	private static void expect(String text, String regex) throws AtcacertException {
		if (!text.matches(regex)) {
			throw new AtcacertException("date text '" + text + "' is not in the expected form");
		}
	}

	private static int num(String text, int from, int to) {
		return Integer.parseInt(text.substring(from, to));
	}

	private static byte[] ascii(String s) {
		return s.getBytes(StandardCharsets.US_ASCII);
	}
}
