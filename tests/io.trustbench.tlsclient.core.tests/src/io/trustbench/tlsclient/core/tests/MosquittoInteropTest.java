package io.trustbench.tlsclient.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.trustbench.tlsclient.core.DeviceTlsConnection;
import io.trustbench.tlsclient.core.DeviceTlsSocketFactory;
import io.trustbench.tlsclient.core.TlsVersion;

/**
 * Eclipse Paho v3 over the hardened client against the Debian mosquitto broker requiring client
 * certificates ({@code require_certificate true}, {@code use_identity_as_username true}): CONNECT,
 * SUBSCRIBE and PUBLISH round trip, the broker naming the client by the device certificate's CN.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MosquittoInteropTest {

	private ProvisionedThing thing;
	private ServerPki server;
	private final List<Path> dirs = new java.util.ArrayList<>();

	@BeforeAll
	void setUp() throws Exception {
		ExternalServer.binary("mosquitto");
		thing = new ProvisionedThing("127.0.0.1", "thing-mosquitto");
		server = new ServerPki(thing.devices.workspace, "secp256r1");
	}

	@AfterAll
	void tearDown() throws Exception {
		thing.close();
		for (Path dir : dirs) {
			try (var files = Files.walk(dir)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	private ExternalServer broker(TlsVersion version) throws Exception {
		int port = ExternalServer.freePort();
		// mosquitto started as root drops to its own user: give it a directory it can read.
		Path dir = Files.createTempDirectory("tb-mosquitto");
		Path ca = Files.copy(thing.rootCaFile, dir.resolve("device-root-ca.pem"));
		Path cert = Files.copy(server.certFile, dir.resolve("server.pem"));
		Path key = Files.copy(server.keyFile, dir.resolve("server.key"));
		Path conf = dir.resolve("mosquitto.conf");
		Files.writeString(conf, String.join("\n", "per_listener_settings false", "log_dest stderr", "log_type all",
				"listener " + port + " 127.0.0.1", "cafile " + ca, "certfile " + cert, "keyfile " + key,
				"require_certificate true", "use_identity_as_username true",
				"tls_version " + (version == TlsVersion.TLS_1_2 ? "tlsv1.2" : "tlsv1.3"), ""));
		for (Path p : List.of(ca, cert, key, conf)) {
			Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-r--r--"));
		}
		Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
		dirs.add(dir);
		return ExternalServer.start(List.of(ExternalServer.binary("mosquitto").toString(), "-c", conf.toString()), port,
				"running");
	}

	@ParameterizedTest
	@EnumSource(TlsVersion.class)
	void pahoConnectsSubscribesAndPublishesThroughTheDevice(TlsVersion version) throws Exception {
		try (ExternalServer broker = broker(version)) {
			DeviceTlsSocketFactory factory = new DeviceTlsSocketFactory(thing.thing, thing.identity,
					thing.options(broker.port, server).withVersions(EnumSet.of(version)));
			MqttClient client = new MqttClient("tcp://127.0.0.1:" + broker.port, "thing-mosquitto", new MemoryPersistence());
			MqttConnectOptions options = new MqttConnectOptions();
			options.setSocketFactory(factory);
			options.setCleanSession(true);
			options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
			client.connect(options);
			BlockingQueue<String> received = new LinkedBlockingQueue<>();
			client.subscribe("trustbench/thing-mosquitto/#", 1,
					(topic, message) -> received.add(topic + " " + new String(message.getPayload(), StandardCharsets.UTF_8)));
			client.publish("trustbench/thing-mosquitto/telemetry", "{\"temp\":21}".getBytes(StandardCharsets.UTF_8), 1,
					false);
			String message = received.poll(10, TimeUnit.SECONDS);
			assertNotNull(message, "own publication comes back through mosquitto");
			assertEquals("trustbench/thing-mosquitto/telemetry {\"temp\":21}", message);
			client.disconnect();
			client.close();

			DeviceTlsConnection tls = factory.connections().get(0);
			assertEquals(version, tls.report().version());
			assertEquals(1, tls.report().deviceCommandCount("Sign"));
			assertEquals(1, tls.report().deviceCommandCount("ECDH"));
			assertTrue(broker.output().stream().anyMatch(l -> l.contains("thing-mosquitto")
					&& l.contains("u'Example ATECC508A Device'")), "mosquitto took the device CN as user name: "
							+ broker.output());
		}
	}
}
