package io.trustbench.awsiot.emulator.internal.api;

import java.util.Collection;
import java.util.function.Function;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** Small JSON builders for the answer shapes. */
final class Json {

	private Json() {
	}

	/** AWS rest-json timestamps are epoch seconds. */
	static double seconds(long millis) {
		return millis / 1000.0;
	}

	static <T> JsonArray array(Collection<T> items, Function<T, JsonElement> mapper) {
		JsonArray array = new JsonArray();
		for (T item : items) {
			array.add(mapper.apply(item));
		}
		return array;
	}

	static JsonObject withMarker(JsonObject object, String member, String marker) {
		if (marker != null) {
			object.addProperty(member, marker);
		}
		return object;
	}
}
