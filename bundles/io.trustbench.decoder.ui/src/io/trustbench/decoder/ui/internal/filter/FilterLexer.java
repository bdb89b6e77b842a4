package io.trustbench.decoder.ui.internal.filter;

import java.util.ArrayList;
import java.util.List;

/** Splits a display filter into words, quoted strings, operators and parentheses. */
final class FilterLexer {

	enum Type {
		WORD, STRING, OPERATOR, OPEN, CLOSE, END
	}

	record Token(Type type, String text, int position) {
	}

	private static final String[] OPERATORS = { "==", "!=", ">=", "<=", "&&", "||", ">", "<", "!" };

	private FilterLexer() {
	}

	static List<Token> tokens(String text) throws FilterSyntaxException {
		List<Token> out = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			} else if (c == '(') {
				out.add(new Token(Type.OPEN, "(", i++));
			} else if (c == ')') {
				out.add(new Token(Type.CLOSE, ")", i++));
			} else if (c == '"') {
				i = string(text, i, out);
			} else if (operatorAt(text, i) != null) {
				String op = operatorAt(text, i);
				out.add(new Token(Type.OPERATOR, op, i));
				i += op.length();
			} else if (wordChar(c)) {
				int start = i;
				while (i < text.length() && wordChar(text.charAt(i))) {
					i++;
				}
				out.add(new Token(Type.WORD, text.substring(start, i), start));
			} else {
				throw new FilterSyntaxException("unexpected character '" + c + "' at " + (i + 1), i);
			}
		}
		out.add(new Token(Type.END, "", text.length()));
		return out;
	}

	private static int string(String text, int start, List<Token> out) throws FilterSyntaxException {
		StringBuilder sb = new StringBuilder();
		int i = start + 1;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == '\\' && i + 1 < text.length()) {
				sb.append(text.charAt(i + 1));
				i += 2;
			} else if (c == '"') {
				out.add(new Token(Type.STRING, sb.toString(), start));
				return i + 1;
			} else {
				sb.append(c);
				i++;
			}
		}
		throw new FilterSyntaxException("unterminated string starting at " + (start + 1), start);
	}

	private static String operatorAt(String text, int i) {
		for (String op : OPERATORS) {
			if (text.startsWith(op, i)) {
				return op;
			}
		}
		return null;
	}

	/** Field names, numbers, addresses (a.b.c.d, aa:bb, fe80::1) and bare words. */
	private static boolean wordChar(char c) {
		return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-' || c == ':';
	}
}
