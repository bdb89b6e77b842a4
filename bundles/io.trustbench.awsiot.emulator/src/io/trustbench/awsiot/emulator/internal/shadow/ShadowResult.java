package io.trustbench.awsiot.emulator.internal.shadow;

import com.google.gson.JsonObject;

/** The answer to a shadow request: the accepted document, or an error code (400/404/409) and message. */
public record ShadowResult(JsonObject accepted, int errorCode, String errorMessage) {

	static ShadowResult ok(JsonObject accepted) {
		return new ShadowResult(accepted, 0, null);
	}

	static ShadowResult error(int code, String message) {
		return new ShadowResult(null, code, message);
	}

	public boolean isAccepted() {
		return accepted != null;
	}
}
