package io.trustbench.provisioning.core.console;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * The desired state a user typed, checked before anything is sent: a JSON object (keys set to
 * {@code null} are deleted, as AWS defines), or {@code null} to clear desired. Builds the
 * UpdateThingShadow body, with the version it was edited from so a concurrent change is detected.
 */
public final class DesiredState {

	private final JsonElement desired;

	private DesiredState(JsonElement desired) {
		this.desired = desired;
	}

	/** @throws IllegalArgumentException with a one-line reason when the text is not acceptable */
	public static DesiredState parse(String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("the desired state is empty: write a JSON object, or null to clear it");
		}
		JsonElement json;
		try {
			json = JsonParser.parseString(text);
		} catch (JsonParseException e) {
			throw new IllegalArgumentException("the desired state is not valid JSON: " + firstLine(e));
		}
		if (!json.isJsonObject() && !json.isJsonNull()) {
			throw new IllegalArgumentException("the desired state must be a JSON object (or null to clear it)");
		}
		return new DesiredState(json);
	}

	/** Gson adds the position and a help link on later lines. */
	private static String firstLine(Throwable e) {
		String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		int newline = message.indexOf('\n');
		return (newline < 0 ? message : message.substring(0, newline)).trim();
	}

	/** The UpdateThingShadow request body; {@code version} 0 means "whatever the current version is". */
	public String updateBody(long version) {
		JsonObject state = new JsonObject();
		state.add("desired", desired.isJsonNull() ? JsonNull.INSTANCE : desired);
		JsonObject body = new JsonObject();
		body.add("state", state);
		if (version > 0) {
			body.addProperty("version", version);
		}
		return body.toString();
	}
}
