package io.trustbench.decoder.tests;

import io.trustbench.testing.Oracles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.trustbench.decoder.tls.crypto.KeyLog;

/** MQTT contributed through plugin.xml, on decrypted TLS: tshark dissects the same capture as MQTT. */
class MqttOverTlsTest {

	static final List<String> FIELDS = List.of("mqtt.hdrflags", "mqtt.msgtype", "mqtt.len", "mqtt.proto_len",
			"mqtt.protoname", "mqtt.ver", "mqtt.conflags", "mqtt.kalive", "mqtt.clientid_len", "mqtt.clientid",
			"mqtt.conack.flags", "mqtt.conack.val", "mqtt.topic_len", "mqtt.topic", "mqtt.msgid", "mqtt.sub.qos",
			"mqtt.suback.qos", "mqtt.msg", "mqtt.qos");

	private final Path capture = Oracles.pcaps().resolve("mqtt-mutual-tls12.pcapng");
	private final Path keyLog = Oracles.pcaps().resolve("mqtt-mutual-tls12.keylog");

	@Test
	void agreesWithTshark() throws Exception {
		assumeTrue(Tshark.available(), "tshark is not installed");
		Agreement.assertAgrees("mqtt", capture, keyLog, KeyLog.read(keyLog), FIELDS, PluginContributions.registry(),
				"mqtt");
	}

	@Test
	void decodesTheShadowSession() throws Exception {
		Map<Integer, Map<String, List<String>>> frames = Agreement.decode(capture, KeyLog.read(keyLog), FIELDS,
				PluginContributions.registry(), "mqtt");
		List<String> types = frames.values().stream().flatMap(f -> f.get("mqtt.msgtype").stream()).toList();
		assertEquals(List.of("1", "2", "8", "9", "3", "4", "12", "13", "14"), types);
		assertTrue(frames.values().stream().anyMatch(f -> f.getOrDefault("mqtt.topic", List.of())
				.contains("$aws/things/device-0123/shadow/update")));
	}

	@Test
	void withoutKeysThereIsNoMqtt() throws Exception {
		assertTrue(Agreement.decode(capture, null, FIELDS, PluginContributions.registry(), "mqtt").isEmpty());
	}
}
