package io.trustbench.awsiot.emulator.internal.rules;

import java.util.List;
import java.util.Locale;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * The subset of the AWS IoT SQL dialect the emulator runs:
 * {@code SELECT * | expr [AS name], … FROM 'topic/filter/#' [WHERE cond [AND|OR cond]…]}, where an
 * expression is a JSON path ({@code a.b}), a literal, or {@code topic()}, {@code topic(n)},
 * {@code clientid()}, {@code timestamp()}, and a condition compares two expressions with
 * {@code = <> != < > <= >=}. Anything else is a {@link IllegalArgumentException} (SqlParseException).
 */
public final class RuleSql {

	/** One SELECT item: an expression and the member name it produces (null for *). */
	record Item(Expr expr, String alias) {
	}

	/** A parsed expression evaluated against a message. */
	interface Expr {
		JsonElement eval(RuleMessage message);
	}

	private final List<Item> items;
	private final String topicFilter;
	private final Condition where;

	private RuleSql(List<Item> items, String topicFilter, Condition where) {
		this.items = items;
		this.topicFilter = topicFilter;
		this.where = where;
	}

	public static RuleSql parse(String sql) {
		return new RuleSqlParser(RuleSqlLexer.tokens(sql)).parse();
	}

	static RuleSql of(List<Item> items, String topicFilter, Condition where) {
		return new RuleSql(items, topicFilter, where);
	}

	public String topicFilter() {
		return topicFilter;
	}

	/** The rule's output for a message, or null when FROM or WHERE does not match. */
	public JsonObject apply(RuleMessage message) {
		if (!TopicFilters.matches(topicFilter, message.topic())) {
			return null;
		}
		if (where != null && !where.holds(message)) {
			return null;
		}
		JsonObject out = new JsonObject();
		for (Item item : items) {
			if (item.expr == null) {
				if (message.json() != null) {
					message.json().entrySet().forEach(e -> out.add(e.getKey(), e.getValue()));
				}
				continue;
			}
			JsonElement value = item.expr.eval(message);
			if (value != null && !value.isJsonNull()) {
				out.add(item.alias, value);
			}
		}
		return out;
	}

	/** WHERE tree. */
	interface Condition {
		boolean holds(RuleMessage message);
	}

	static Expr path(List<String> names) {
		return m -> {
			JsonElement current = m.json();
			for (String n : names) {
				if (current == null || !current.isJsonObject()) {
					return null;
				}
				current = current.getAsJsonObject().get(n);
			}
			return current;
		};
	}

	static Expr function(String name, List<JsonElement> args) {
		switch (name.toLowerCase(Locale.ROOT)) {
		case "topic":
			if (args.isEmpty()) {
				return m -> new JsonPrimitive(m.topic());
			}
			int index = args.get(0).getAsInt();
			return m -> {
				String[] levels = m.topic().split("/", -1);
				return index >= 1 && index <= levels.length ? new JsonPrimitive(levels[index - 1]) : JsonNull.INSTANCE;
			};
		case "clientid":
			return m -> m.clientId() == null ? JsonNull.INSTANCE : new JsonPrimitive(m.clientId());
		case "timestamp":
			return m -> new JsonPrimitive(System.currentTimeMillis());
		default:
			throw new IllegalArgumentException("unsupported SQL function " + name + "()");
		}
	}

	static boolean compare(JsonElement left, String op, JsonElement right) {
		if (left == null || right == null || left.isJsonNull() || right.isJsonNull()) {
			return false;
		}
		int cmp;
		if (left.isJsonPrimitive() && right.isJsonPrimitive() && left.getAsJsonPrimitive().isNumber()
				&& right.getAsJsonPrimitive().isNumber()) {
			cmp = Double.compare(left.getAsDouble(), right.getAsDouble());
		} else if (left.isJsonPrimitive() && right.isJsonPrimitive()) {
			cmp = left.getAsString().compareTo(right.getAsString());
		} else {
			cmp = left.equals(right) ? 0 : 1;
		}
		return switch (op) {
		case "=" -> cmp == 0;
		case "<>", "!=" -> cmp != 0;
		case "<" -> cmp < 0;
		case ">" -> cmp > 0;
		case "<=" -> cmp <= 0;
		case ">=" -> cmp >= 0;
		default -> false;
		};
	}

}
