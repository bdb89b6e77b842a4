package io.trustbench.awsiot.emulator.internal.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** A parsed IoT policy document; {@link #parse} rejects what AWS answers with MalformedPolicyException. */
public record PolicyDocument(List<PolicyStatement> statements) {

	/** @throws IllegalArgumentException with a one-line reason */
	public static PolicyDocument parse(String json) {
		JsonElement root;
		try {
			root = JsonParser.parseString(json == null ? "" : json);
		} catch (RuntimeException e) {
			throw new IllegalArgumentException("policy document is not valid JSON");
		}
		if (!root.isJsonObject()) {
			throw new IllegalArgumentException("policy document must be a JSON object");
		}
		JsonElement statement = root.getAsJsonObject().get("Statement");
		if (statement == null) {
			throw new IllegalArgumentException("policy document has no Statement");
		}
		List<PolicyStatement> statements = new ArrayList<>();
		if (statement.isJsonArray()) {
			for (JsonElement e : statement.getAsJsonArray()) {
				statements.add(statement(e));
			}
		} else {
			statements.add(statement(statement));
		}
		return new PolicyDocument(List.copyOf(statements));
	}

	private static PolicyStatement statement(JsonElement e) {
		if (!e.isJsonObject()) {
			throw new IllegalArgumentException("a Statement entry is not an object");
		}
		JsonObject s = e.getAsJsonObject();
		String effect = string(s.get("Effect"), "Effect");
		if (!effect.equals("Allow") && !effect.equals("Deny")) {
			throw new IllegalArgumentException("Effect must be Allow or Deny, not " + effect);
		}
		List<String> actions = strings(s.get("Action"), "Action");
		for (String action : actions) {
			if (!action.equals("*") && !action.startsWith("iot:")) {
				throw new IllegalArgumentException("unsupported action " + action);
			}
		}
		boolean notResource = s.has("NotResource") && !s.has("Resource");
		List<String> resources = strings(notResource ? s.get("NotResource") : s.get("Resource"), "Resource");
		Map<String, Map<String, List<String>>> conditions = new LinkedHashMap<>();
		if (s.has("Condition")) {
			if (!s.get("Condition").isJsonObject()) {
				throw new IllegalArgumentException("Condition must be an object");
			}
			for (Map.Entry<String, JsonElement> op : s.getAsJsonObject("Condition").entrySet()) {
				if (!op.getValue().isJsonObject()) {
					throw new IllegalArgumentException("Condition " + op.getKey() + " must be an object");
				}
				Map<String, List<String>> keys = new LinkedHashMap<>();
				for (Map.Entry<String, JsonElement> key : op.getValue().getAsJsonObject().entrySet()) {
					keys.put(key.getKey(), strings(key.getValue(), "Condition value"));
				}
				conditions.put(op.getKey(), keys);
			}
		}
		return new PolicyStatement(effect.equals("Allow"), actions, resources, notResource, conditions);
	}

	private static String string(JsonElement e, String what) {
		if (e == null || !e.isJsonPrimitive()) {
			throw new IllegalArgumentException(what + " is missing or not a string");
		}
		return e.getAsString();
	}

	private static List<String> strings(JsonElement e, String what) {
		if (e == null) {
			throw new IllegalArgumentException(what + " is missing");
		}
		List<String> values = new ArrayList<>();
		if (e.isJsonArray()) {
			JsonArray array = e.getAsJsonArray();
			for (JsonElement item : array) {
				values.add(string(item, what));
			}
		} else {
			values.add(string(e, what));
		}
		if (values.isEmpty()) {
			throw new IllegalArgumentException(what + " is empty");
		}
		return values;
	}
}
