package io.trustbench.awsiot.emulator.internal.rules;

import java.util.ArrayList;
import java.util.List;

/** Splits rule SQL into tokens: words, 'strings', numbers, operators and punctuation. */
final class RuleSqlLexer {

	/** kind: W word, S string, N number, P punctuation/operator, E end. */
	record Token(char kind, String text) {
	}

	private RuleSqlLexer() {
	}

	static List<Token> tokens(String sql) {
		if (sql == null) {
			throw new IllegalArgumentException("sql is missing");
		}
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		while (i < sql.length()) {
			char c = sql.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			} else if (c == '\'' || c == '"') {
				int end = sql.indexOf(c, i + 1);
				if (end < 0) {
					throw new IllegalArgumentException("unterminated string at " + i);
				}
				tokens.add(new Token(c == '\'' ? 'S' : 'W', sql.substring(i + 1, end)));
				i = end + 1;
			} else if (Character.isDigit(c) || (c == '-' && i + 1 < sql.length() && Character.isDigit(sql.charAt(i + 1)))) {
				int start = i++;
				while (i < sql.length() && (Character.isDigit(sql.charAt(i)) || sql.charAt(i) == '.')) {
					i++;
				}
				tokens.add(new Token('N', sql.substring(start, i)));
			} else if (Character.isLetter(c) || c == '_' || c == '$') {
				int start = i++;
				while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_'
						|| sql.charAt(i) == '.' || sql.charAt(i) == '$')) {
					i++;
				}
				tokens.add(new Token('W', sql.substring(start, i)));
			} else if (i + 1 < sql.length() && (sql.startsWith("<>", i) || sql.startsWith("!=", i)
					|| sql.startsWith("<=", i) || sql.startsWith(">=", i))) {
				tokens.add(new Token('P', sql.substring(i, i + 2)));
				i += 2;
			} else if ("*,()=<>".indexOf(c) >= 0) {
				tokens.add(new Token('P', String.valueOf(c)));
				i++;
			} else {
				throw new IllegalArgumentException("unexpected character '" + c + "' at " + i);
			}
		}
		tokens.add(new Token('E', ""));
		return tokens;
	}
}
