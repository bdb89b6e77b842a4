package io.trustbench.awsiot.emulator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.trustbench.awsiot.emulator.internal.shadow.ShadowResult;
import io.trustbench.awsiot.emulator.internal.shadow.ShadowService;
import io.trustbench.awsiot.emulator.internal.state.StateStore;

/** Shadow document semantics without MQTT: merge, delete by null, delta, versions, rejections, fuzz. */
class ShadowServiceTest {

	private final Map<String, String> published = new LinkedHashMap<>();

	private ShadowService service() throws Exception {
		StateStore store = new StateStore(Files.createTempDirectory("tb-shadow"));
		store.load();
		return new ShadowService(store, (topic, payload) -> published.put(topic, new String(payload, StandardCharsets.UTF_8)));
	}

	private static JsonObject json(String s) {
		return JsonParser.parseString(s).getAsJsonObject();
	}

	@Test
	void mergeDeltaVersionsAndNullDeletes() throws Exception {
		ShadowService shadows = service();
		assertEquals(404, shadows.get("kit", "").errorCode());
		ShadowResult first = shadows.update("kit", "", json("{\"state\":{\"desired\":{\"led1\":\"on\",\"cfg\":{\"a\":1,\"b\":2}},"
				+ "\"reported\":{\"led1\":\"off\"}}}"));
		assertEquals(1, first.accepted().get("version").getAsInt());
		shadows.announce("$aws/things/kit/shadow/update", first, "tok");
		assertTrue(published.containsKey("$aws/things/kit/shadow/update/delta"));
		assertEquals("tok", json(published.get("$aws/things/kit/shadow/update/accepted")).get("clientToken").getAsString());
		JsonObject delta = json(published.get("$aws/things/kit/shadow/update/delta")).getAsJsonObject("state");
		assertEquals("on", delta.get("led1").getAsString());

		shadows.update("kit", "", json("{\"state\":{\"desired\":{\"cfg\":{\"b\":null}},\"reported\":{\"led1\":\"on\"}}}"));
		JsonObject doc = shadows.get("kit", "").accepted();
		assertEquals(2, doc.get("version").getAsInt());
		JsonObject desired = doc.getAsJsonObject("state").getAsJsonObject("desired");
		assertFalse(desired.getAsJsonObject("cfg").has("b"), "null deletes");
		assertEquals(1, desired.getAsJsonObject("cfg").get("a").getAsInt(), "objects merge");
		assertEquals(json("{\"cfg\":{\"a\":1}}"), doc.getAsJsonObject("state").getAsJsonObject("delta"),
				"delta: desired keys that differ from reported");
		assertTrue(doc.getAsJsonObject("metadata").getAsJsonObject("desired").getAsJsonObject("led1").has("timestamp"));

		assertEquals(409, shadows.update("kit", "", json("{\"state\":{\"reported\":{}},\"version\":1}")).errorCode());
		assertEquals(3, shadows.update("kit", "", json("{\"state\":{\"reported\":{\"x\":1}},\"version\":2}")).accepted()
				.get("version").getAsInt());
		assertEquals(400, shadows.update("kit", "", json("{\"state\":{\"other\":{}}}")).errorCode());
		assertEquals(400, shadows.update("kit", "", json("{\"desired\":{}}")).errorCode());
		assertTrue(shadows.delete("kit", "").isAccepted());
		assertEquals(404, shadows.get("kit", "").errorCode());
		assertEquals(1, shadows.update("kit", "named", json("{\"state\":{\"reported\":{\"n\":1}}}")).accepted()
				.get("version").getAsInt(), "named shadows are separate");
	}

	@Test
	void fuzzedMqttRequestsAreAnsweredNeverThrown() throws Exception {
		ShadowService shadows = service();
		Random random = new Random(3);
		String seed = "{\"state\":{\"desired\":{\"a\":{\"b\":[1,2]},\"c\":null},\"reported\":{\"a\":true}},\"version\":1,\"clientToken\":\"t\"}";
		String alphabet = "{}[]\":,0n1-a ";
		for (int i = 0; i < 3000; i++) {
			char[] text = seed.toCharArray();
			for (int k = 0; k < 1 + random.nextInt(3); k++) {
				text[random.nextInt(text.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
			}
			String op = new String[] { "update", "get", "delete" }[random.nextInt(3)];
			published.clear();
			assertTrue(shadows.onMqttRequest("$aws/things/fuzz/shadow/" + op, new String(text).getBytes(StandardCharsets.UTF_8)));
			assertTrue(published.keySet().stream().anyMatch(t -> t.endsWith("/accepted") || t.endsWith("/rejected")));
		}
	}
}
