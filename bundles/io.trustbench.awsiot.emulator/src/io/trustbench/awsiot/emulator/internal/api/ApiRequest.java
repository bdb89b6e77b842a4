package io.trustbench.awsiot.emulator.internal.api;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.trustbench.awsiot.emulator.internal.registry.AwsException;

/** One REST call: path parameters, query parameters, selected headers and the body. */
public final class ApiRequest {

	private final Map<String, String> pathParams;
	private final Map<String, String> query;
	private final Map<String, String> headers;
	private final byte[] body;
	private JsonObject json;

	public ApiRequest(Map<String, String> pathParams, Map<String, String> query, Map<String, String> headers, byte[] body) {
		this.pathParams = pathParams;
		this.query = query;
		this.headers = headers;
		this.body = body;
	}

	public String path(String name) {
		return pathParams.get(name);
	}

	public String query(String name) {
		return query.get(name);
	}

	public Boolean queryBoolean(String name) {
		String value = query.get(name);
		if (value == null) {
			return null;
		}
		if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
			throw AwsException.invalidRequest(name + " must be true or false");
		}
		return Boolean.parseBoolean(value);
	}

	public Integer queryInt(String name) {
		String value = query.get(name);
		if (value == null) {
			return null;
		}
		try {
			return Integer.valueOf(value);
		} catch (NumberFormatException e) {
			throw AwsException.invalidRequest(name + " must be a number");
		}
	}

	/** A header by lower-case name. */
	public String header(String lowerCaseName) {
		return headers.get(lowerCaseName);
	}

	public byte[] body() {
		return body;
	}

	/** The body as a JSON object ({} when empty); InvalidRequestException when it is not one. */
	public JsonObject json() {
		if (json == null) {
			String text = new String(body, StandardCharsets.UTF_8).trim();
			if (text.isEmpty()) {
				json = new JsonObject();
			} else {
				try {
					JsonElement parsed = JsonParser.parseString(text);
					if (!parsed.isJsonObject()) {
						throw AwsException.invalidRequest("request body must be a JSON object");
					}
					json = parsed.getAsJsonObject();
				} catch (com.google.gson.JsonParseException e) {
					throw AwsException.invalidRequest("request body is not valid JSON");
				}
			}
		}
		return json;
	}

	public String string(String member) {
		JsonElement e = json().get(member);
		if (e == null || e.isJsonNull()) {
			return null;
		}
		if (!e.isJsonPrimitive()) {
			throw AwsException.invalidRequest(member + " must be a string");
		}
		return e.getAsString();
	}

	public String requiredString(String member) {
		String value = string(member);
		if (value == null || value.isEmpty()) {
			throw AwsException.invalidRequest(member + " is required");
		}
		return value;
	}

	public Boolean bool(String member) {
		JsonElement e = json().get(member);
		if (e == null || e.isJsonNull()) {
			return null;
		}
		if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
			throw AwsException.invalidRequest(member + " must be a boolean");
		}
		return e.getAsBoolean();
	}

	public JsonObject object(String member) {
		JsonElement e = json().get(member);
		if (e == null || e.isJsonNull()) {
			return null;
		}
		if (!e.isJsonObject()) {
			throw AwsException.invalidRequest(member + " must be an object");
		}
		return e.getAsJsonObject();
	}
}
