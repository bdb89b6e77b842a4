package io.trustbench.tlsclient.core.thing;

import java.util.Map;
import java.util.TreeMap;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * The thing's local state as the seed's firmware reports it (device-protocol.md §1.10): LEDs
 * {@code led1..led4} "on"/"off" and buttons {@code button1..button3} "up"/"down". Deltas from the
 * shadow service set keys; the changed keys are reported back.
 */
public final class ShadowState {

	private final Map<String, JsonElement> values = new TreeMap<>();

	public ShadowState() {
		for (int i = 1; i <= 4; i++) {
			values.put("led" + i, new com.google.gson.JsonPrimitive("off"));
		}
		for (int i = 1; i <= 3; i++) {
			values.put("button" + i, new com.google.gson.JsonPrimitive("up"));
		}
	}

	/** The whole state as a shadow update document ({@code {"state":{"reported":{...}}}}). */
	public synchronized String reportAll(String clientToken) {
		JsonObject reported = new JsonObject();
		values.forEach(reported::add);
		return document(reported, clientToken);
	}

	/**
	 * Applies a {@code /shadow/update/delta} message; returns the update document reporting the
	 * applied keys, or null when the message is not a delta with a state object.
	 */
	public synchronized String applyDelta(String deltaJson) {
		JsonObject delta;
		try {
			JsonElement parsed = JsonParser.parseString(deltaJson);
			if (!parsed.isJsonObject() || !parsed.getAsJsonObject().has("state")
					|| !parsed.getAsJsonObject().get("state").isJsonObject()) {
				return null;
			}
			delta = parsed.getAsJsonObject();
		} catch (JsonParseException | IllegalStateException e) {
			return null;
		}
		JsonObject state = delta.getAsJsonObject("state");
		if (state.size() == 0) {
			return null;
		}
		JsonObject reported = new JsonObject();
		for (Map.Entry<String, JsonElement> e : state.entrySet()) {
			values.put(e.getKey(), e.getValue());
			reported.add(e.getKey(), e.getValue());
		}
		JsonElement version = delta.get("version");
		String token = version != null && version.isJsonPrimitive() ? "delta-" + version.getAsString() : "delta";
		return document(reported, token);
	}

	public synchronized Map<String, String> snapshot() {
		Map<String, String> out = new TreeMap<>();
		values.forEach((k, v) -> out.put(k, v.isJsonPrimitive() ? v.getAsString() : v.toString()));
		return out;
	}

	private static String document(JsonObject reported, String clientToken) {
		JsonObject state = new JsonObject();
		state.add("reported", reported);
		JsonObject doc = new JsonObject();
		doc.add("state", state);
		doc.addProperty("clientToken", clientToken);
		return doc.toString();
	}
}
