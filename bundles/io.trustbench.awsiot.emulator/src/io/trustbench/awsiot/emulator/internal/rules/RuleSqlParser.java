package io.trustbench.awsiot.emulator.internal.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import io.trustbench.awsiot.emulator.internal.rules.RuleSql.Condition;
import io.trustbench.awsiot.emulator.internal.rules.RuleSql.Expr;
import io.trustbench.awsiot.emulator.internal.rules.RuleSql.Item;
import io.trustbench.awsiot.emulator.internal.rules.RuleSqlLexer.Token;

/** Recursive-descent parser for {@link RuleSql}. */
final class RuleSqlParser {

	private final List<Token> tokens;
	private int pos;

	RuleSqlParser(List<Token> tokens) {
		this.tokens = tokens;
	}

	RuleSql parse() {
		keyword("SELECT");
		List<Item> items = new ArrayList<>();
		do {
			if (peek().text().equals("*") && peek().kind() == 'P') {
				pos++;
				items.add(new Item(null, null));
			} else {
				Token first = peek();
				Expr expr = expr();
				String alias = first.kind() == 'W' ? lastSegment(first.text()) : "value" + items.size();
				if (isKeyword("AS")) {
					pos++;
					alias = word();
				}
				items.add(new Item(expr, alias));
			}
		} while (accept(","));
		keyword("FROM");
		Token topic = next();
		if (topic.kind() != 'S' || topic.text().isEmpty()) {
			throw new IllegalArgumentException("FROM needs a quoted topic filter");
		}
		Condition where = null;
		if (isKeyword("WHERE")) {
			pos++;
			where = or();
		}
		if (peek().kind() != 'E') {
			throw new IllegalArgumentException("unexpected '" + peek().text() + "'");
		}
		return RuleSql.of(items, topic.text(), where);
	}

	private Condition or() {
		Condition left = and();
		while (isKeyword("OR")) {
			pos++;
			Condition l = left;
			Condition r = and();
			left = m -> l.holds(m) || r.holds(m);
		}
		return left;
	}

	private Condition and() {
		Condition left = comparison();
		while (isKeyword("AND")) {
			pos++;
			Condition l = left;
			Condition r = comparison();
			left = m -> l.holds(m) && r.holds(m);
		}
		return left;
	}

	private Condition comparison() {
		if (accept("(")) {
			Condition inner = or();
			expect(")");
			return inner;
		}
		Expr left = expr();
		Token op = next();
		if (op.kind() != 'P' || !List.of("=", "<>", "!=", "<", ">", "<=", ">=").contains(op.text())) {
			throw new IllegalArgumentException("expected a comparison operator, not '" + op.text() + "'");
		}
		Expr right = expr();
		return m -> RuleSql.compare(left.eval(m), op.text(), right.eval(m));
	}

	private Expr expr() {
		Token t = next();
		switch (t.kind()) {
		case 'S':
			JsonPrimitive s = new JsonPrimitive(t.text());
			return m -> s;
		case 'N':
			JsonElement n = JsonParser.parseString(t.text());
			return m -> n;
		case 'W':
			if (t.text().equalsIgnoreCase("true") || t.text().equalsIgnoreCase("false")) {
				JsonPrimitive b = new JsonPrimitive(Boolean.parseBoolean(t.text()));
				return m -> b;
			}
			if (accept("(")) {
				List<JsonElement> args = new ArrayList<>();
				if (!accept(")")) {
					do {
						Token a = next();
						if (a.kind() != 'N' && a.kind() != 'S') {
							throw new IllegalArgumentException("function arguments must be literals");
						}
						args.add(a.kind() == 'N' ? JsonParser.parseString(a.text()) : new JsonPrimitive(a.text()));
					} while (accept(","));
					expect(")");
				}
				return RuleSql.function(t.text(), args);
			}
			return RuleSql.path(Arrays.asList(t.text().split("\\.")));
		default:
			throw new IllegalArgumentException("unexpected '" + t.text() + "'");
		}
	}

	private static String lastSegment(String path) {
		int dot = path.lastIndexOf('.');
		return dot < 0 ? path : path.substring(dot + 1);
	}

	private String word() {
		Token t = next();
		if (t.kind() != 'W') {
			throw new IllegalArgumentException("expected a name, not '" + t.text() + "'");
		}
		return t.text();
	}

	private void keyword(String k) {
		if (!isKeyword(k)) {
			throw new IllegalArgumentException("expected " + k + ", not '" + peek().text() + "'");
		}
		pos++;
	}

	private boolean isKeyword(String k) {
		return peek().kind() == 'W' && peek().text().toUpperCase(Locale.ROOT).equals(k);
	}

	private boolean accept(String punctuation) {
		if (peek().kind() == 'P' && peek().text().equals(punctuation)) {
			pos++;
			return true;
		}
		return false;
	}

	private void expect(String punctuation) {
		if (!accept(punctuation)) {
			throw new IllegalArgumentException("expected '" + punctuation + "', not '" + peek().text() + "'");
		}
	}

	private Token peek() {
		return tokens.get(pos);
	}

	private Token next() {
		Token t = tokens.get(pos);
		if (t.kind() != 'E') {
			pos++;
		}
		return t;
	}
}
