package io.trustbench.decoder.ui.internal.filter;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import io.trustbench.decoder.DecodedFrame;
import io.trustbench.decoder.Field;

/**
 * The tests a filter makes on one frame. A field or protocol name is true when any field of that
 * name (or below it, for a protocol like {@code tls}) is present. Comparisons hold when any
 * occurrence matches, except {@code !=}, which holds when none equals (Wireshark 4's meaning).
 * Numbers compare as numbers (decimal or 0x hex), byte strings ignore ':' separators and case.
 */
final class FieldTests {

	private static final Pattern NUMBER = Pattern.compile("-?(0x[0-9a-fA-F]+|[0-9]+)");
	private static final Pattern COLON_BYTES = Pattern.compile("[0-9a-fA-F]{2}(:[0-9a-fA-F]{2})+");

	/** Wireshark's either-direction fields, which the decoder does not emit. */
	private static final java.util.Map<String, List<String>> ALIASES = java.util.Map.of("tcp.port",
			List.of("tcp.srcport", "tcp.dstport"), "udp.port", List.of("udp.srcport", "udp.dstport"), "ip.addr",
			List.of("ip.src", "ip.dst"), "ipv6.addr", List.of("ipv6.src", "ipv6.dst"));

	private FieldTests() {
	}

	private static List<String> values(DecodedFrame frame, String name) {
		List<String> names = ALIASES.get(name);
		if (names == null) {
			return frame.values(name);
		}
		List<String> all = new ArrayList<>();
		for (String n : names) {
			all.addAll(frame.values(n));
		}
		return all;
	}

	static Predicate<DecodedFrame> exists(String name) {
		if (ALIASES.containsKey(name)) {
			return frame -> !values(frame, name).isEmpty();
		}
		String prefix = name + ".";
		return frame -> {
			for (Field root : frame.roots()) {
				if (exists(root, name, prefix)) {
					return true;
				}
			}
			return false;
		};
	}

	private static boolean exists(Field field, String name, String prefix) {
		if (field.name().equals(name) || field.name().startsWith(prefix)) {
			return true;
		}
		for (Field child : field.children()) {
			if (exists(child, name, prefix)) {
				return true;
			}
		}
		return false;
	}

	static Predicate<DecodedFrame> compare(String name, String operator, String literal, boolean quoted) {
		String wanted = !quoted && COLON_BYTES.matcher(literal).matches() ? literal.replace(":", "") : literal;
		if (operator.equals("!=")) {
			return frame -> values(frame, name).stream().noneMatch(v -> matches(v, "==", wanted));
		}
		return frame -> values(frame, name).stream().anyMatch(v -> matches(v, operator, wanted));
	}

	static boolean matches(String value, String operator, String wanted) {
		if (operator.equals("contains")) {
			return value.toLowerCase(Locale.ROOT).contains(wanted.toLowerCase(Locale.ROOT));
		}
		int order;
		BigInteger a = number(value);
		BigInteger b = number(wanted);
		if (a != null && b != null) {
			order = a.compareTo(b);
		} else {
			order = value.compareToIgnoreCase(wanted);
		}
		return switch (operator) {
		case "==" -> order == 0;
		case ">" -> order > 0;
		case "<" -> order < 0;
		case ">=" -> order >= 0;
		case "<=" -> order <= 0;
		default -> false;
		};
	}

	private static BigInteger number(String text) {
		if (!NUMBER.matcher(text).matches()) {
			return null;
		}
		boolean negative = text.startsWith("-");
		String digits = negative ? text.substring(1) : text;
		BigInteger n = digits.startsWith("0x") ? new BigInteger(digits.substring(2), 16) : new BigInteger(digits);
		return negative ? n.negate() : n;
	}
}
