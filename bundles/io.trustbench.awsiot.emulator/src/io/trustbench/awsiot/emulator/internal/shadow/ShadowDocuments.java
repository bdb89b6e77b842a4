package io.trustbench.awsiot.emulator.internal.shadow;

import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/** The JSON algebra of device shadows: merge with null-deletes, per-leaf metadata, delta. */
final class ShadowDocuments {

	private ShadowDocuments() {
	}

	/** Merges {@code update} into {@code target}; null removes a key; objects merge; the rest replaces. */
	static void merge(JsonObject target, JsonObject update) {
		for (Map.Entry<String, JsonElement> e : update.entrySet()) {
			JsonElement value = e.getValue();
			if (value.isJsonNull()) {
				target.remove(e.getKey());
			} else if (value.isJsonObject() && target.has(e.getKey()) && target.get(e.getKey()).isJsonObject()) {
				merge(target.getAsJsonObject(e.getKey()), value.getAsJsonObject());
			} else {
				target.add(e.getKey(), value.deepCopy());
			}
		}
		removeEmptyObjects(target);
	}

	private static void removeEmptyObjects(JsonObject object) {
		object.entrySet().removeIf(e -> {
			if (e.getValue().isJsonObject()) {
				removeEmptyObjects(e.getValue().getAsJsonObject());
				return e.getValue().getAsJsonObject().size() == 0;
			}
			return false;
		});
	}

	/** Metadata for the leaves of an update: same shape, each leaf {"timestamp": ts}. */
	static JsonObject metadataOf(JsonObject update, long timestamp) {
		JsonObject meta = new JsonObject();
		for (Map.Entry<String, JsonElement> e : update.entrySet()) {
			if (e.getValue().isJsonObject()) {
				meta.add(e.getKey(), metadataOf(e.getValue().getAsJsonObject(), timestamp));
			} else {
				JsonObject leaf = new JsonObject();
				leaf.add("timestamp", new JsonPrimitive(timestamp));
				meta.add(e.getKey(), leaf);
			}
		}
		return meta;
	}

	/** Keys of desired whose values differ from reported (recursively for objects). */
	static JsonObject delta(JsonObject desired, JsonObject reported) {
		JsonObject delta = new JsonObject();
		if (desired == null) {
			return delta;
		}
		for (Map.Entry<String, JsonElement> e : desired.entrySet()) {
			JsonElement r = reported == null ? null : reported.get(e.getKey());
			if (e.getValue().isJsonObject() && r != null && r.isJsonObject()) {
				JsonObject inner = delta(e.getValue().getAsJsonObject(), r.getAsJsonObject());
				if (inner.size() > 0) {
					delta.add(e.getKey(), inner);
				}
			} else if (!e.getValue().equals(r)) {
				delta.add(e.getKey(), e.getValue().deepCopy());
			}
		}
		return delta;
	}

	/** The metadata entries matching a delta's keys. */
	static JsonObject select(JsonObject metadata, JsonObject shape) {
		JsonObject out = new JsonObject();
		if (metadata == null) {
			return out;
		}
		for (Map.Entry<String, JsonElement> e : shape.entrySet()) {
			JsonElement m = metadata.get(e.getKey());
			if (m == null) {
				continue;
			}
			if (e.getValue().isJsonObject() && m.isJsonObject() && !m.getAsJsonObject().has("timestamp")) {
				out.add(e.getKey(), select(m.getAsJsonObject(), e.getValue().getAsJsonObject()));
			} else {
				out.add(e.getKey(), m.deepCopy());
			}
		}
		return out;
	}
}
