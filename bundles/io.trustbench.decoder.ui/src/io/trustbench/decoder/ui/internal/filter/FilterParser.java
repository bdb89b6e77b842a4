package io.trustbench.decoder.ui.internal.filter;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import io.trustbench.decoder.DecodedFrame;
import io.trustbench.decoder.ui.internal.filter.FilterLexer.Token;
import io.trustbench.decoder.ui.internal.filter.FilterLexer.Type;

/**
 * Recursive-descent parser of the display-filter subset the editor supports:
 * {@code field}, {@code field OP value} with {@code == != > < >= <= contains} (and the word forms
 * {@code eq ne gt lt ge le}), combined with {@code and && or || not !} and parentheses.
 */
final class FilterParser {

	private static final Pattern FIELD = Pattern.compile("[A-Za-z_][A-Za-z0-9_\\-]*(\\.[A-Za-z0-9_\\-]+)*");
	private static final Map<String, String> WORD_OPERATORS = Map.of("eq", "==", "ne", "!=", "gt", ">", "lt", "<",
			"ge", ">=", "le", "<=", "contains", "contains");

	private final List<Token> tokens;
	private int next;

	private FilterParser(List<Token> tokens) {
		this.tokens = tokens;
	}

	static Predicate<DecodedFrame> parse(String text) throws FilterSyntaxException {
		FilterParser parser = new FilterParser(FilterLexer.tokens(text));
		Predicate<DecodedFrame> result = parser.or();
		Token end = parser.peek();
		if (end.type() != Type.END) {
			throw new FilterSyntaxException("unexpected \"" + end.text() + "\" at " + (end.position() + 1),
					end.position());
		}
		return result;
	}

	private Predicate<DecodedFrame> or() throws FilterSyntaxException {
		Predicate<DecodedFrame> left = and();
		while (isWord("or") || isOperator("||")) {
			next++;
			left = left.or(and());
		}
		return left;
	}

	private Predicate<DecodedFrame> and() throws FilterSyntaxException {
		Predicate<DecodedFrame> left = not();
		while (isWord("and") || isOperator("&&")) {
			next++;
			left = left.and(not());
		}
		return left;
	}

	private Predicate<DecodedFrame> not() throws FilterSyntaxException {
		if (isWord("not") || isOperator("!")) {
			next++;
			return not().negate();
		}
		return primary();
	}

	private Predicate<DecodedFrame> primary() throws FilterSyntaxException {
		Token token = peek();
		if (token.type() == Type.OPEN) {
			next++;
			Predicate<DecodedFrame> inner = or();
			if (peek().type() != Type.CLOSE) {
				throw new FilterSyntaxException("missing \")\" for \"(\" at " + (token.position() + 1), peek().position());
			}
			next++;
			return inner;
		}
		if (token.type() != Type.WORD || !FIELD.matcher(token.text()).matches() || keyword(token.text())) {
			throw new FilterSyntaxException(token.type() == Type.END ? "a field name is missing at the end"
					: "expected a field name at " + (token.position() + 1) + ", found \"" + token.text() + "\"",
					token.position());
		}
		next++;
		String field = token.text();
		String operator = operator(peek());
		if (operator == null) {
			return FieldTests.exists(field);
		}
		next++;
		Token value = peek();
		if (value.type() != Type.WORD && value.type() != Type.STRING) {
			throw new FilterSyntaxException("a value is missing after \"" + operator + "\" at " + (value.position() + 1),
					value.position());
		}
		next++;
		return FieldTests.compare(field, operator, value.text(), value.type() == Type.STRING);
	}

	private static String operator(Token token) {
		if (token.type() == Type.OPERATOR && !token.text().equals("!") && !token.text().equals("&&")
				&& !token.text().equals("||")) {
			return token.text();
		}
		return token.type() == Type.WORD ? WORD_OPERATORS.get(token.text().toLowerCase(Locale.ROOT)) : null;
	}

	private static boolean keyword(String word) {
		String w = word.toLowerCase(Locale.ROOT);
		return w.equals("and") || w.equals("or") || w.equals("not") || WORD_OPERATORS.containsKey(w);
	}

	private boolean isWord(String word) {
		Token token = peek();
		return token.type() == Type.WORD && token.text().equalsIgnoreCase(word);
	}

	private boolean isOperator(String op) {
		Token token = peek();
		return token.type() == Type.OPERATOR && token.text().equals(op);
	}

	private Token peek() {
		return tokens.get(Math.min(next, tokens.size() - 1));
	}
}
