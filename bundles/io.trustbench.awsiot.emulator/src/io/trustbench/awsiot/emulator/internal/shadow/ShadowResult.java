package io.trustbench.awsiot.emulator.internal.shadow;

import java.util.Map;

import com.google.gson.JsonObject;

/** The answer to a shadow request: the accepted document, or an error code (400/404/409) and message. */
public record ShadowResult(JsonObject accepted, int errorCode, String errorMessage,
		Map<String, JsonObject> followUps) {

	static ShadowResult ok(JsonObject accepted) {
		return new ShadowResult(accepted, 0, null, Map.of());
	}

	/** Accepted, with the documents/delta messages to publish after the accepted answer (AWS order). */
	static ShadowResult ok(JsonObject accepted, Map<String, JsonObject> followUps) {
		return new ShadowResult(accepted, 0, null, followUps);
	}

	static ShadowResult error(int code, String message) {
		return new ShadowResult(null, code, message, Map.of());
	}

	public boolean isAccepted() {
		return accepted != null;
	}
}
