package io.trustbench.provisioning.core.console.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import software.amazon.awssdk.core.SdkBytes;

import io.trustbench.provisioning.core.console.MqttTestClient;
import io.trustbench.provisioning.core.console.ReceivedMessage;
import io.trustbench.provisioning.core.console.ShadowConsole;
import io.trustbench.provisioning.core.console.ShadowDocument;

/** The MQTT test client through the emulator's broker, and shadow view/edit over the data plane. */
public class ConsoleMqttShadowEmulatorTest {

	private static final long WAIT_S = 10;

	@TempDir
	Path dir;
	private EmulatorAccount account;
	private MqttTestClient mqtt;
	private final BlockingQueue<ReceivedMessage> received = new LinkedBlockingQueue<>();

	@BeforeEach
	void start() throws Exception {
		account = EmulatorAccount.start(dir);
		mqtt = account.console.mqtt();
		mqtt.addMessageListener(received::add);
	}

	@AfterEach
	void stop() {
		account.close();
	}

	private ReceivedMessage next(String topic) throws InterruptedException {
		ReceivedMessage m;
		while ((m = received.poll(WAIT_S, TimeUnit.SECONDS)) != null) {
			if (m.topic().equals(topic)) {
				return m;
			}
		}
		throw new AssertionError("nothing on " + topic + " within " + WAIT_S + " s");
	}

	@Test
	void theConsoleSubscribesWithWildcardsAndSeesDevicesAndRules() throws Exception {
		assertTrue(mqtt.subscribe("things/+/telemetry", 1).isOK());
		assertTrue(mqtt.subscribe("console/#", 0).isOK());
		MqttClient device = account.connectDevice();
		device.publish("things/" + EmulatorAccount.THING + "/telemetry", "{\"temperature\":21.5}".getBytes(StandardCharsets.UTF_8), 1, false);

		ReceivedMessage telemetry = next("things/" + EmulatorAccount.THING + "/telemetry");
		assertEquals("{\n  \"temperature\": 21.5\n}", telemetry.text(), "JSON is pretty-printed");
		assertEquals(1, telemetry.qos());
		assertNotNull(telemetry.time());
		assertEquals("{\n  \"temperature\": 21.5\n}", next("console/republished").text(), "the topic rule republished it");

		// A disabled rule no longer runs: the next message arrives alone.
		assertTrue(account.console.resources().setTopicRuleEnabled(EmulatorAccount.RULE, false).isOK());
		device.publish("things/" + EmulatorAccount.THING + "/telemetry", "2".getBytes(StandardCharsets.UTF_8), 1, false);
		assertEquals("2", next("things/" + EmulatorAccount.THING + "/telemetry").text());
		assertNull(received.poll(1, TimeUnit.SECONDS), "nothing republished by the disabled rule");
		device.disconnect();
		device.close();
	}

	@Test
	void theConsolePublishesWithQos0And1ToADevice() throws Exception {
		MqttClient device = account.connectDevice();
		BlockingQueue<String> atDevice = new LinkedBlockingQueue<>();
		device.subscribe("things/" + EmulatorAccount.THING + "/commands", 1,
				(topic, message) -> atDevice.add(message.getQos() + ":" + new String(message.getPayload(), StandardCharsets.UTF_8)));
		IStatus q1 = mqtt.publish("things/" + EmulatorAccount.THING + "/commands", "reboot".getBytes(StandardCharsets.UTF_8), 1);
		assertTrue(q1.isOK(), q1.getMessage());
		assertEquals("1:reboot", atDevice.poll(WAIT_S, TimeUnit.SECONDS));
		assertTrue(mqtt.publish("things/" + EmulatorAccount.THING + "/commands", "blink".getBytes(StandardCharsets.UTF_8), 0).isOK());
		assertEquals("0:blink", atDevice.poll(WAIT_S, TimeUnit.SECONDS));
		IStatus q2 = mqtt.publish("x", new byte[0], 2);
		assertEquals(IStatus.ERROR, q2.getSeverity());
		assertTrue(q2.getMessage().contains("QoS 2"), q2.getMessage());
		assertTrue(mqtt.isConnected(), "a refused QoS 2 is never sent, so the connection stays up");
		device.disconnect();
		device.close();
	}

	@Test
	void shadowDesiredEditShowsTheDeltaAndAStaleVersionIsAClearConflict() throws Exception {
		ShadowConsole shadows = account.console.shadows();
		assertTrue(shadows.get(EmulatorAccount.THING, null).isEmpty(), "no shadow yet");
		assertTrue(mqtt.subscribe("$aws/things/" + EmulatorAccount.THING + "/shadow/update/delta", 1).isOK());

		account.console.session().dataPlane().updateThingShadow(r -> r.thingName(EmulatorAccount.THING)
				.payload(SdkBytes.fromUtf8String("{\"state\":{\"reported\":{\"led\":\"off\"}}}")));
		ShadowDocument loaded = shadows.get(EmulatorAccount.THING, null).orElseThrow();
		assertTrue(loaded.reported().contains("\"led\": \"off\""), loaded.reported());
		assertEquals("", loaded.desired());

		IStatus updated = shadows.updateDesired(EmulatorAccount.THING, null, "{\"led\":\"on\"}", loaded.version());
		assertTrue(updated.isOK(), updated.getMessage());
		ShadowDocument now = shadows.get(EmulatorAccount.THING, null).orElseThrow();
		assertTrue(now.desired().contains("\"led\": \"on\""), now.desired());
		assertTrue(now.deltaIfAny().orElseThrow().contains("\"led\": \"on\""), now.delta());
		assertEquals(loaded.version() + 1, now.version());
		assertTrue(next("$aws/things/" + EmulatorAccount.THING + "/shadow/update/delta").text().contains("\"led\": \"on\""));

		IStatus stale = shadows.updateDesired(EmulatorAccount.THING, null, "{\"led\":\"blink\"}", loaded.version());
		assertEquals(IStatus.ERROR, stale.getSeverity());
		assertTrue(stale.getMessage().contains("changed since version " + loaded.version()), stale.getMessage());
		assertEquals(now.version(), shadows.get(EmulatorAccount.THING, null).orElseThrow().version(), "nothing changed");

		IStatus invalid = shadows.updateDesired(EmulatorAccount.THING, null, "{\"led\":", now.version());
		assertTrue(invalid.getMessage().contains("not valid JSON"), invalid.getMessage());
		IStatus notObject = shadows.updateDesired(EmulatorAccount.THING, null, "[1]", now.version());
		assertTrue(notObject.getMessage().contains("must be a JSON object"), notObject.getMessage());
		assertEquals(now.version(), shadows.get(EmulatorAccount.THING, null).orElseThrow().version(), "nothing sent");

		assertTrue(shadows.updateDesired(EmulatorAccount.THING, null, "null", 0).isOK(), "null clears desired");
		ShadowDocument cleared = shadows.get(EmulatorAccount.THING, null).orElseThrow();
		assertEquals("", cleared.desired());
		assertFalse(cleared.deltaIfAny().isPresent());
	}

	@Test
	void namedShadowsAreSeparateAndCanBeDeleted() {
		ShadowConsole shadows = account.console.shadows();
		assertTrue(shadows.updateDesired(EmulatorAccount.THING, "config", "{\"interval\":60}", 0).isOK());
		assertTrue(shadows.get(EmulatorAccount.THING, null).isEmpty(), "the classic shadow is untouched");
		assertTrue(shadows.get(EmulatorAccount.THING, "config").orElseThrow().desired().contains("60"));
		assertTrue(shadows.delete(EmulatorAccount.THING, "config").isOK());
		assertTrue(shadows.get(EmulatorAccount.THING, "config").isEmpty());
	}
}
