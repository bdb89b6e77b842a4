package io.trustbench.awsiot.emulator.internal.shadow;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import io.trustbench.awsiot.emulator.internal.state.ShadowRecord;
import io.trustbench.awsiot.emulator.internal.state.StateStore;

/**
 * Device Shadow service (classic and named shadows): the MQTT topics
 * {@code $aws/things/T/shadow[/name/N]/update|get|delete} with accepted/rejected answers,
 * {@code update/documents} and {@code update/delta}, and the same operations for the REST data plane.
 */
public final class ShadowService {

	private static final Pattern REQUEST = Pattern
			.compile("\\$aws/things/([^/]+)/shadow(?:/name/([^/]+))?/(update|get|delete)");
	private static final int MAX_DOCUMENT = 8 * 1024;

	private final StateStore store;
	private final BiConsumer<String, byte[]> publisher;

	/** @param publisher sends an answer on an MQTT topic (to subscribers and the rules engine) */
	public ShadowService(StateStore store, BiConsumer<String, byte[]> publisher) {
		this.store = store;
		this.publisher = publisher;
	}

	/** Handles a device's shadow request topic; returns false when the topic is not one. */
	public boolean onMqttRequest(String topic, byte[] payload) {
		Matcher m = REQUEST.matcher(topic);
		if (!m.matches()) {
			return false;
		}
		String thing = m.group(1);
		String name = m.group(2) == null ? "" : m.group(2);
		JsonObject request = null;
		String token = null;
		if (payload.length > 0) {
			try {
				JsonElement parsed = JsonParser.parseString(new String(payload, StandardCharsets.UTF_8));
				if (parsed.isJsonObject()) {
					request = parsed.getAsJsonObject();
					token = request.has("clientToken") && request.get("clientToken").isJsonPrimitive()
							? request.get("clientToken").getAsString()
							: null;
				}
			} catch (RuntimeException e) {
				request = null;
			}
		}
		ShadowResult result;
		switch (m.group(3)) {
		case "update":
			result = request == null ? ShadowResult.error(400, "Payload contains invalid json") : update(thing, name, request);
			break;
		case "get":
			result = get(thing, name);
			break;
		default:
			result = delete(thing, name);
		}
		announce(topic, result, token);
		return true;
	}

	/**
	 * Publishes a result on {@code requestTopic/accepted} or {@code /rejected} (AWS does this for MQTT
	 * and REST requests alike).
	 */
	public void announce(String requestTopic, ShadowResult result, String clientToken) {
		if (result.isAccepted()) {
			JsonObject accepted = result.accepted().deepCopy();
			if (clientToken != null) {
				accepted.addProperty("clientToken", clientToken);
			}
			publish(requestTopic + "/accepted", accepted);
			result.followUps().forEach(this::publish);
		} else {
			publish(requestTopic + "/rejected", errorDocument(result, clientToken));
		}
	}

	public static JsonObject errorDocument(ShadowResult result, String clientToken) {
		JsonObject error = new JsonObject();
		error.addProperty("code", result.errorCode());
		error.addProperty("message", result.errorMessage());
		error.addProperty("timestamp", nowSeconds());
		if (clientToken != null) {
			error.addProperty("clientToken", clientToken);
		}
		return error;
	}

	public ShadowResult update(String thing, String name, JsonObject request) {
		if (request.toString().length() > MAX_DOCUMENT) {
			return ShadowResult.error(413, "The payload exceeds the maximum size allowed");
		}
		JsonElement stateElement = request.get("state");
		if (stateElement == null || !stateElement.isJsonObject()) {
			return ShadowResult.error(400, "Missing required node: state");
		}
		JsonObject state = stateElement.getAsJsonObject();
		if (request.has("version") && !isLong(request.get("version"))) {
			return ShadowResult.error(400, "Invalid version");
		}
		if (request.has("clientToken") && !request.get("clientToken").isJsonPrimitive()) {
			return ShadowResult.error(400, "Invalid clientToken");
		}
		for (String section : state.keySet()) {
			if (!section.equals("desired") && !section.equals("reported")) {
				return ShadowResult.error(400, "State contains an invalid node: '" + section + "'");
			}
			if (!state.get(section).isJsonObject() && !state.get(section).isJsonNull()) {
				return ShadowResult.error(400, "Invalid type for node " + section);
			}
		}
		String key = StateStore.shadowKey(thing, name);
		long now = nowSeconds();
		JsonObject previous;
		JsonObject current;
		JsonObject accepted = new JsonObject();
		boolean desiredTouched = state.has("desired");
		ShadowRecord r;
		synchronized (store.lock()) {
			r = store.shadows().get(key);
			if (request.has("version") && (r == null || r.version != request.get("version").getAsLong())) {
				return ShadowResult.error(409, "Version conflict");
			}
			if (r == null) {
				r = new ShadowRecord();
				r.thingName = thing;
				r.shadowName = name;
			}
			previous = snapshot(r);
			for (String section : state.keySet()) {
				JsonElement value = state.get(section);
				if (value.isJsonNull()) {
					r.state.remove(section);
					r.metadata.remove(section);
					continue;
				}
				JsonObject target = r.state.has(section) ? r.state.getAsJsonObject(section) : new JsonObject();
				ShadowDocuments.merge(target, value.getAsJsonObject());
				r.state.add(section, target);
				JsonObject meta = r.metadata.has(section) ? r.metadata.getAsJsonObject(section) : new JsonObject();
				ShadowDocuments.merge(meta, ShadowDocuments.metadataOf(value.getAsJsonObject(), now));
				prune(meta, target);
				r.metadata.add(section, meta);
			}
			r.version++;
			r.timestampSeconds = now;
			store.shadows().put(r);
			current = snapshot(r);
		}
		store.flush();
		accepted.add("state", state.deepCopy());
		JsonObject meta = new JsonObject();
		for (String section : state.keySet()) {
			if (state.get(section).isJsonObject()) {
				meta.add(section, ShadowDocuments.metadataOf(state.getAsJsonObject(section), now));
			}
		}
		accepted.add("metadata", meta);
		accepted.addProperty("version", r.version);
		accepted.addProperty("timestamp", now);
		String base = topicBase(thing, name);
		JsonObject documents = new JsonObject();
		documents.add("previous", previous);
		documents.add("current", current);
		documents.addProperty("timestamp", now);
		withToken(documents, request);
		Map<String, JsonObject> followUps = new LinkedHashMap<>();
		followUps.put(base + "/update/documents", documents);
		JsonObject delta = ShadowDocuments.delta(current.getAsJsonObject("state").getAsJsonObject("desired"),
				current.getAsJsonObject("state").getAsJsonObject("reported"));
		if (desiredTouched && delta.size() > 0) {
			JsonObject deltaMessage = new JsonObject();
			deltaMessage.addProperty("version", r.version);
			deltaMessage.addProperty("timestamp", now);
			deltaMessage.add("state", delta);
			deltaMessage.add("metadata", ShadowDocuments.select(
					current.getAsJsonObject("metadata").getAsJsonObject("desired"), delta));
			withToken(deltaMessage, request);
			followUps.put(base + "/update/delta", deltaMessage);
		}
		return ShadowResult.ok(accepted, followUps);
	}

	public ShadowResult get(String thing, String name) {
		ShadowRecord r = store.shadows().get(StateStore.shadowKey(thing, name));
		if (r == null) {
			return ShadowResult.error(404, "No shadow exists with name: '" + thing + (name.isEmpty() ? "" : "~" + name) + "'");
		}
		synchronized (store.lock()) {
			JsonObject out = new JsonObject();
			JsonObject state = r.state.deepCopy();
			JsonObject delta = ShadowDocuments.delta(r.state.getAsJsonObject("desired"), r.state.getAsJsonObject("reported"));
			if (delta.size() > 0) {
				state.add("delta", delta);
			}
			out.add("state", state);
			out.add("metadata", r.metadata.deepCopy());
			out.addProperty("version", r.version);
			out.addProperty("timestamp", nowSeconds());
			return ShadowResult.ok(out);
		}
	}

	public ShadowResult delete(String thing, String name) {
		JsonObject out;
		synchronized (store.lock()) {
			ShadowRecord r = store.shadows().get(StateStore.shadowKey(thing, name));
			if (r == null) {
				return ShadowResult.error(404, "No shadow exists with name: '" + thing + "'");
			}
			store.shadows().remove(StateStore.shadowKey(thing, name));
			out = new JsonObject();
			out.addProperty("version", r.version);
			out.addProperty("timestamp", nowSeconds());
		}
		store.flush();
		return ShadowResult.ok(out);
	}

	private static boolean isLong(JsonElement e) {
		try {
			return e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber() && e.getAsBigDecimal().longValueExact() >= 0;
		} catch (ArithmeticException | NumberFormatException ex) {
			return false;
		}
	}

	private static void prune(JsonObject metadata, JsonObject state) {
		metadata.entrySet().removeIf(e -> !state.has(e.getKey()));
	}

	private static JsonObject snapshot(ShadowRecord r) {
		JsonObject s = new JsonObject();
		JsonObject state = new JsonObject();
		state.add("desired", r.state.has("desired") ? r.state.get("desired").deepCopy() : new JsonObject());
		state.add("reported", r.state.has("reported") ? r.state.get("reported").deepCopy() : new JsonObject());
		s.add("state", state);
		JsonObject meta = new JsonObject();
		meta.add("desired", r.metadata.has("desired") ? r.metadata.get("desired").deepCopy() : new JsonObject());
		meta.add("reported", r.metadata.has("reported") ? r.metadata.get("reported").deepCopy() : new JsonObject());
		s.add("metadata", meta);
		s.addProperty("version", r.version);
		return s;
	}

	private static void withToken(JsonObject message, JsonObject request) {
		if (request.has("clientToken") && request.get("clientToken").isJsonPrimitive()) {
			message.add("clientToken", new JsonPrimitive(request.get("clientToken").getAsString()));
		}
	}

	public static String topicBase(String thing, String name) {
		return "$aws/things/" + thing + "/shadow" + (name.isEmpty() ? "" : "/name/" + name);
	}

	private void publish(String topic, JsonObject message) {
		publisher.accept(topic, message.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static long nowSeconds() {
		return System.currentTimeMillis() / 1000;
	}
}
