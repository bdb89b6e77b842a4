package io.trustbench.provisioning.core.console.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

import io.trustbench.provisioning.core.console.WebSocketPresigner;

/** The presigned MQTT-over-WebSocket URL for real AWS IoT, against a known answer. */
public class WebSocketPresignerTest {

	private static final String HOST = "example-ats.iot.us-west-2.amazonaws.com";
	private static final AwsCredentialsIdentity KEYS = AwsCredentialsIdentity.create("AKIAIOSFODNN7EXAMPLE",
			"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
	private static final Clock AT = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
	/**
	 * Computed independently with the algorithm of the AWS IoT developer guide's Python example
	 * ("MQTT over WebSocket", SigV4 query string, payload hash of the empty string, expires 3600).
	 */
	private static final String EXPECTED_SIGNATURE = "dd39361f1d78d2d16b3b38447d4c107ef4e9726f82ea1644575a576802116e72";

	private static Map<String, String> query(URI uri) {
		Map<String, String> q = new TreeMap<>();
		for (String pair : uri.getRawQuery().split("&")) {
			int eq = pair.indexOf('=');
			q.put(pair.substring(0, eq), pair.substring(eq + 1));
		}
		return q;
	}

	@Test
	void matchesTheKnownAnswer() {
		URI url = new WebSocketPresigner(AT).presign(HOST, "us-west-2", KEYS);
		assertEquals("wss", url.getScheme());
		assertEquals(HOST, url.getHost());
		assertEquals("/mqtt", url.getPath());
		Map<String, String> q = query(url);
		assertEquals("AWS4-HMAC-SHA256", q.get("X-Amz-Algorithm"));
		assertEquals("AKIAIOSFODNN7EXAMPLE%2F20261127%2Fus-west-2%2Fiotdevicegateway%2Faws4_request", q.get("X-Amz-Credential"));
		assertEquals("20261127T100000Z", q.get("X-Amz-Date"));
		assertEquals("3600", q.get("X-Amz-Expires"));
		assertEquals("host", q.get("X-Amz-SignedHeaders"));
		assertEquals(EXPECTED_SIGNATURE, q.get("X-Amz-Signature"));
	}

	@Test
	void aSessionTokenIsAppendedUnsigned() {
		URI url = new WebSocketPresigner(AT).presign(HOST, "us-west-2",
				AwsSessionCredentialsIdentity.create(KEYS.accessKeyId(), KEYS.secretAccessKey(), "token/with+chars="));
		Map<String, String> q = query(url);
		assertEquals(EXPECTED_SIGNATURE, q.get("X-Amz-Signature"), "AWS IoT wants the token outside the signature");
		assertEquals("token%2Fwith%2Bchars%3D", q.get("X-Amz-Security-Token"));
		assertTrue(url.getRawQuery().endsWith("X-Amz-Security-Token=token%2Fwith%2Bchars%3D"));
	}

	/** Paho must send the signed query string unchanged in its WebSocket upgrade request. */
	@Test
	void pahoSendsThePresignedQueryOnTheWire() throws Exception {
		URI signed = new WebSocketPresigner(AT).presign(HOST, "us-west-2", KEYS);
		try (ServerSocket server = new ServerSocket(0)) {
			CompletableFuture<String> requestLine = CompletableFuture.supplyAsync(() -> {
				try (Socket s = server.accept()) {
					return new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII)).readLine();
				} catch (Exception e) {
					return e.toString();
				}
			});
			URI plain = URI.create("ws://127.0.0.1:" + server.getLocalPort() + "/mqtt?" + signed.getRawQuery());
			MqttClient paho = new MqttClient(plain.toString(), "presign-test", new MemoryPersistence());
			MqttConnectOptions options = new MqttConnectOptions();
			options.setConnectionTimeout(2);
			try {
				paho.connect(options);
			} catch (MqttException expected) {
				// The test server never completes the handshake; only the request line matters.
			} finally {
				paho.close(true);
			}
			assertEquals("GET /mqtt?" + signed.getRawQuery() + " HTTP/1.1", requestLine.get(10, TimeUnit.SECONDS));
		}
	}
}
