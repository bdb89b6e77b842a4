package io.trustbench.decoder.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.trustbench.decoder.DecodedFrame;

/**
 * A small subset of Wireshark display filters, enough for the filter box: field presence
 * ({@code tls.handshake}), comparisons ({@code tls.handshake.type == 1}, {@code !=, <, <=, >, >=},
 * {@code contains}), {@code and}/{@code &&}, {@code or}/{@code ||}, {@code not}/{@code !} and
 * parentheses. A comparison holds when any occurrence of the field satisfies it; numbers compare
 * numerically (decimal or 0x hex), anything else as text (byte values may be written with colons).
 */
public final class DisplayFilter {

	/** A parsed expression. */
	private interface Node {
		boolean test(DecodedFrame frame);
	}

	private final String text;
	private final Node root;

	private DisplayFilter(String text, Node root) {
		this.text = text;
		this.root = root;
	}

	/** @throws IllegalArgumentException with a one-line reason for bad syntax */
	public static DisplayFilter parse(String text) {
		Parser parser = new Parser(tokenize(text));
		Node node = parser.or();
		if (parser.position < parser.tokens.size()) {
			throw new IllegalArgumentException("unexpected '" + parser.tokens.get(parser.position) + "'");
		}
		return new DisplayFilter(text, node);
	}

	public boolean matches(DecodedFrame frame) {
		return root.test(frame);
	}

	@Override
	public String toString() {
		return text;
	}

	private static List<String> tokenize(String text) {
		List<String> tokens = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			} else if (c == '(' || c == ')') {
				tokens.add(String.valueOf(c));
				i++;
			} else if (c == '"') {
				int end = text.indexOf('"', i + 1);
				if (end < 0) {
					throw new IllegalArgumentException("unterminated string");
				}
				tokens.add(text.substring(i, end + 1));
				i = end + 1;
			} else if ("=!<>&|".indexOf(c) >= 0) {
				int end = i + 1;
				if (end < text.length() && "=&|".indexOf(text.charAt(end)) >= 0) {
					end++;
				}
				tokens.add(text.substring(i, end));
				i = end;
			} else {
				int end = i;
				while (end < text.length() && !Character.isWhitespace(text.charAt(end))
						&& "()=!<>&|\"".indexOf(text.charAt(end)) < 0) {
					end++;
				}
				tokens.add(text.substring(i, end));
				i = end;
			}
		}
		if (tokens.isEmpty()) {
			throw new IllegalArgumentException("empty filter");
		}
		return tokens;
	}

	private static final class Parser {
		final List<String> tokens;
		int position;

		Parser(List<String> tokens) {
			this.tokens = tokens;
		}

		private String peek() {
			return position < tokens.size() ? tokens.get(position) : null;
		}

		private String next() {
			if (position >= tokens.size()) {
				throw new IllegalArgumentException("filter ends too early");
			}
			return tokens.get(position++);
		}

		Node or() {
			Node left = and();
			while ("or".equalsIgnoreCase(peek()) || "||".equals(peek())) {
				next();
				Node l = left;
				Node r = and();
				left = f -> l.test(f) || r.test(f);
			}
			return left;
		}

		Node and() {
			Node left = not();
			while ("and".equalsIgnoreCase(peek()) || "&&".equals(peek())) {
				next();
				Node l = left;
				Node r = not();
				left = f -> l.test(f) && r.test(f);
			}
			return left;
		}

		Node not() {
			if ("not".equalsIgnoreCase(peek()) || "!".equals(peek())) {
				next();
				Node inner = not();
				return f -> !inner.test(f);
			}
			return primary();
		}

		Node primary() {
			String token = next();
			if (token.equals("(")) {
				Node inner = or();
				if (!")".equals(next())) {
					throw new IllegalArgumentException("missing ')'");
				}
				return inner;
			}
			if (!token.matches("[A-Za-z_][A-Za-z0-9_.\\-]*")) {
				throw new IllegalArgumentException("expected a field name, not '" + token + "'");
			}
			String field = token;
			String op = peek();
			if (op == null || !isOperator(op)) {
				return f -> f.has(field);
			}
			next();
			String literal = next();
			Comparison comparison = new Comparison(op.toLowerCase(Locale.ROOT), unquote(literal));
			return f -> f.values(field).stream().anyMatch(comparison::holds);
		}

		private static boolean isOperator(String t) {
			return switch (t.toLowerCase(Locale.ROOT)) {
			case "==", "!=", "<", "<=", ">", ">=", "eq", "ne", "lt", "le", "gt", "ge", "contains" -> true;
			default -> false;
			};
		}

		private static String unquote(String literal) {
			return literal.length() >= 2 && literal.startsWith("\"") ? literal.substring(1, literal.length() - 1) : literal;
		}
	}

	/** One comparison against a literal, numeric when both sides are numbers. */
	private record Comparison(String op, String literal) {

		boolean holds(String value) {
			if (op.equals("contains")) {
				return value.contains(literal) || normalizeBytes(value).contains(normalizeBytes(literal));
			}
			Long a = number(value);
			Long b = number(literal);
			int c;
			if (a != null && b != null) {
				c = Long.compare(a, b);
			} else {
				c = normalizeBytes(value).compareTo(normalizeBytes(literal));
			}
			return switch (op) {
			case "==", "eq" -> c == 0;
			case "!=", "ne" -> c != 0;
			case "<", "lt" -> c < 0;
			case "<=", "le" -> c <= 0;
			case ">", "gt" -> c > 0;
			default -> c >= 0;
			};
		}

		private static String normalizeBytes(String s) {
			return s.matches("([0-9A-Fa-f]{2}[:.-])+[0-9A-Fa-f]{2}") ? s.replaceAll("[:.-]", "").toLowerCase(Locale.ROOT)
					: s;
		}

		private static Long number(String s) {
			try {
				if (s.startsWith("0x") || s.startsWith("0X")) {
					return Long.parseLong(s.substring(2), 16);
				}
				return Long.parseLong(s);
			} catch (NumberFormatException e) {
				return null;
			}
		}
	}
}
