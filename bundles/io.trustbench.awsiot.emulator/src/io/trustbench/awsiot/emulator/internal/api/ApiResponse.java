package io.trustbench.awsiot.emulator.internal.api;

import java.nio.charset.StandardCharsets;

import com.google.gson.JsonObject;

/** Status and body of a REST answer. */
public record ApiResponse(int status, byte[] body) {

	public static ApiResponse ok(JsonObject json) {
		return new ApiResponse(200, json.toString().getBytes(StandardCharsets.UTF_8));
	}

	public static ApiResponse empty() {
		return new ApiResponse(200, "{}".getBytes(StandardCharsets.UTF_8));
	}

	public static ApiResponse raw(int status, byte[] body) {
		return new ApiResponse(status, body);
	}
}
