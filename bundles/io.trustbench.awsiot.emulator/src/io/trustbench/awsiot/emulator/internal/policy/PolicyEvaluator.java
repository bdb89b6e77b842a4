package io.trustbench.awsiot.emulator.internal.policy;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Evaluates IoT policies like AWS: an explicit Deny wins, otherwise any matching Allow grants,
 * otherwise denied. Resources and actions are globs ({@code *}, {@code ?}); policy variables
 * {@code ${name}} are substituted literally (a client id containing {@code *} is not a wildcard).
 */
public final class PolicyEvaluator {

	private PolicyEvaluator() {
	}

	/** @param action e.g. {@code iot:Publish}; @param resource full ARN */
	public static boolean isAllowed(Collection<PolicyDocument> policies, String action, String resource,
			ConnectionContext context) {
		boolean allowed = false;
		for (PolicyDocument policy : policies) {
			for (PolicyStatement s : policy.statements()) {
				if (!applies(s, action, resource, context)) {
					continue;
				}
				if (!s.allow()) {
					return false;
				}
				allowed = true;
			}
		}
		return allowed;
	}

	private static boolean applies(PolicyStatement s, String action, String resource, ConnectionContext context) {
		if (s.actions().stream()
				.noneMatch(a -> globMatches(a.toLowerCase(Locale.ROOT), action.toLowerCase(Locale.ROOT), context))) {
			return false;
		}
		boolean resourceMatches = s.resources().stream().anyMatch(r -> globMatches(r, resource, context));
		if (s.notResource() ? resourceMatches : !resourceMatches) {
			return false;
		}
		return conditionsHold(s.conditions(), context);
	}

	private static boolean conditionsHold(Map<String, Map<String, List<String>>> conditions, ConnectionContext context) {
		for (Map.Entry<String, Map<String, List<String>>> op : conditions.entrySet()) {
			for (Map.Entry<String, List<String>> key : op.getValue().entrySet()) {
				String actual = context.get(key.getKey());
				if (!conditionHolds(op.getKey(), actual, key.getValue(), context)) {
					return false;
				}
			}
		}
		return true;
	}

	private static boolean conditionHolds(String operator, String actual, List<String> expected, ConnectionContext context) {
		switch (operator) {
		case "StringEquals":
			return actual != null && expected.stream().anyMatch(e -> actual.equals(substituteOrNull(e, context)));
		case "StringNotEquals":
			return actual != null && expected.stream().noneMatch(e -> actual.equals(substituteOrNull(e, context)));
		case "StringLike":
			return actual != null && expected.stream().anyMatch(e -> globMatches(e, actual, context));
		case "StringNotLike":
			return actual != null && expected.stream().noneMatch(e -> globMatches(e, actual, context));
		case "Bool":
			return expected.stream().anyMatch(e -> e.equalsIgnoreCase(actual == null ? "false" : actual));
		default:
			// An operator the emulator does not know never grants (fail closed).
			return false;
		}
	}

	private static String substituteOrNull(String text, ConnectionContext context) {
		StringBuilder out = new StringBuilder();
		int i = 0;
		while (i < text.length()) {
			int start = text.indexOf("${", i);
			if (start < 0) {
				out.append(text, i, text.length());
				break;
			}
			int end = text.indexOf('}', start);
			if (end < 0) {
				out.append(text, i, text.length());
				break;
			}
			out.append(text, i, start);
			String value = context.get(text.substring(start + 2, end));
			if (value == null) {
				return null;
			}
			out.append(value);
			i = end + 1;
		}
		return out.toString();
	}

	/** Glob match with variables; false when a variable used by the pattern is undefined. */
	static boolean globMatches(String pattern, String value, ConnectionContext context) {
		StringBuilder regex = new StringBuilder();
		int i = 0;
		while (i < pattern.length()) {
			char c = pattern.charAt(i);
			if (c == '$' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '{') {
				int end = pattern.indexOf('}', i);
				if (end > 0) {
					String variable = context.get(pattern.substring(i + 2, end));
					if (variable == null) {
						return false;
					}
					regex.append(Pattern.quote(variable));
					i = end + 1;
					continue;
				}
			}
			if (c == '*') {
				regex.append(".*");
			} else if (c == '?') {
				regex.append('.');
			} else {
				regex.append(Pattern.quote(String.valueOf(c)));
			}
			i++;
		}
		return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(value).matches();
	}
}
