package io.trustbench.provisioning.core.console;

import java.util.Optional;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A Device Shadow document as GetThingShadow returns it, split into what the console shows:
 * reported, desired and delta (each pretty-printed JSON, empty when absent) and the version that
 * an update must name to detect concurrent changes.
 */
public record ShadowDocument(String reported, String desired, String delta, long version, String raw) {

	public static ShadowDocument parse(String json) {
		JsonObject document = JsonParser.parseString(json).getAsJsonObject();
		JsonObject state = document.has("state") && document.get("state").isJsonObject()
				? document.getAsJsonObject("state") : new JsonObject();
		long version = document.has("version") ? document.get("version").getAsLong() : 0;
		return new ShadowDocument(part(state, "reported"), part(state, "desired"), part(state, "delta"), version,
				JsonText.pretty(document));
	}

	private static String part(JsonObject state, String name) {
		JsonElement value = state.get(name);
		return value == null || value.isJsonNull() ? "" : JsonText.pretty(value);
	}

	public Optional<String> deltaIfAny() {
		return delta.isEmpty() ? Optional.empty() : Optional.of(delta);
	}
}
