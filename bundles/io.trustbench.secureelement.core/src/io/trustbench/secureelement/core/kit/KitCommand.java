package io.trustbench.secureelement.core.kit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A kit command line {@code <target>:<verb>[:<sub>...][(<data>)]}, e.g. {@code b:f(00)},
 * {@code e:t(07020...)}, {@code aws:si(03,<hex>)}. Fields are lower-cased (the firmware is
 * case-insensitive); the data is kept verbatim because {@code aws:sc} carries raw PEM text.
 * A leading {@code lib:} field is dropped as the thing firmware does.
 */
public record KitCommand(List<String> fields, String data) {

	/** Longest line accepted (thing firmware buffer). */
	public static final int MAX_LINE = 4096;

	public KitCommand {
		fields = Collections.unmodifiableList(new ArrayList<>(fields));
		data = data == null ? "" : data;
	}

	public static KitCommand of(String data, String... fields) {
		return new KitCommand(List.of(fields), data);
	}

	public String target() {
		return fields.isEmpty() ? "" : fields.get(0);
	}

	/** Field {@code i} or "" when absent. */
	public String field(int i) {
		return i < fields.size() ? fields.get(i) : "";
	}

	/** True if field {@code i} is a prefix of {@code keyword} (CAL matches {@code t} to {@code talk}). */
	public boolean fieldMatches(int i, String keyword) {
		String f = field(i);
		return !f.isEmpty() && keyword.startsWith(f);
	}

	/** The wire form without the newline. */
	public String format() {
		return String.join(":", fields) + "(" + data + ")";
	}

	public static KitCommand parse(String line) throws KitProtocolException {
		String clean = stripPadding(line);
		if (clean.isEmpty()) {
			throw new KitProtocolException("empty kit command");
		}
		if (clean.length() > MAX_LINE) {
			throw new KitProtocolException("kit command longer than " + MAX_LINE + " characters");
		}
		int open = clean.indexOf('(');
		String head = open < 0 ? clean : clean.substring(0, open);
		String data = "";
		if (open >= 0) {
			int close = clean.lastIndexOf(')');
			if (close < open) {
				throw new KitProtocolException("kit command data is not closed by ')': " + abbreviate(clean));
			}
			data = clean.substring(open + 1, close);
		}
		List<String> fields = new ArrayList<>();
		for (String f : head.split(":", -1)) {
			fields.add(f.trim().toLowerCase(Locale.ROOT));
		}
		if (!fields.isEmpty() && fields.get(0).equals("lib")) {
			fields.remove(0);
		}
		if (fields.isEmpty() || fields.get(0).isEmpty()) {
			throw new KitProtocolException("kit command has no target: " + abbreviate(clean));
		}
		return new KitCommand(fields, data);
	}

	/**
	 * Drops NUL/0x04 padding and the surrounding blanks and line ends; newlines inside the data
	 * stay (aws:sc carries PEM text with its line breaks).
	 */
	static String stripPadding(String line) {
		StringBuilder b = new StringBuilder(line.length());
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c != '\0' && c != 0x04) {
				b.append(c);
			}
		}
		return b.toString().strip();
	}

	/**
	 * True when a newline at the end of {@code text} ends the command: not inside an open data
	 * parenthesis, where it belongs to raw PEM text.
	 */
	public static boolean newlineEndsLine(CharSequence text) {
		int open = -1;
		int close = -1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '(' && open < 0) {
				open = i;
			} else if (c == ')') {
				close = i;
			}
		}
		return open < 0 || close > open;
	}

	static String abbreviate(String s) {
		return s.length() <= 60 ? s : s.substring(0, 60) + "…";
	}

	@Override
	public String toString() {
		return format();
	}
}
