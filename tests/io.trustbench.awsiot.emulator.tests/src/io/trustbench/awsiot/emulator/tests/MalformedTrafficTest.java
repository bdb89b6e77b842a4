package io.trustbench.awsiot.emulator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * TLS garbage, handshakes without a client certificate, and malformed MQTT after a good handshake
 * are refused one by one while a healthy device keeps exchanging messages.
 */
@Timeout(90)
class MalformedTrafficTest {

	@Test
	void garbageIsRefusedWithoutHarmingOtherConnections() throws Exception {
		try (EmulatorFixture fixture = new EmulatorFixture()) {
			TestPki pki = new TestPki("Garbage");
			JitrSetup.registerSigner(fixture.iot, pki);
			TestPki.Identity good = pki.device("healthy");
			String arn = fixture.iot.registerCertificate(b -> b.certificatePem(good.pem()).setAsActive(true)).certificateArn();
			fixture.iot.createPolicy(b -> b.policyName("all").policyDocument(
					"{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"iot:*\",\"Resource\":\"*\"}]}"));
			fixture.iot.attachPolicy(b -> b.policyName("all").target(arn));
			SSLSocketFactory goodFactory = pki.socketFactory(good, fixture.emulator.serverCa());
			MqttClient healthy = MqttDevices.client(fixture.mqttUri(), "healthy");
			healthy.connect(MqttDevices.options(goodFactory));
			BlockingQueue<String> echoes = new LinkedBlockingQueue<>();
			healthy.subscribe("echo/#", 1, (t, m) -> echoes.add(new String(m.getPayload(), StandardCharsets.UTF_8)));

			Random random = new Random(5);
			int port = fixture.emulator.mqttPort();
			for (int round = 0; round < 8; round++) {
				// 1. Not TLS at all.
				byte[] junk = new byte[1 + random.nextInt(2048)];
				random.nextBytes(junk);
				assertClosedAfter(new Socket("127.0.0.1", port), junk);
				// 2. A TLS ClientHello-looking header with a lying length.
				assertClosedAfter(new Socket("127.0.0.1", port), new byte[] { 0x16, 0x03, 0x01, (byte) 0xFF, (byte) 0xFF, 0x01 });
				// 3. Good handshake, then MQTT nonsense (random, or an endless remaining length).
				SSLSocket tls = (SSLSocket) goodFactory.createSocket("127.0.0.1", port);
				tls.startHandshake();
				byte[] mqtt = round % 2 == 0 ? new byte[] { 0x10, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x01 }
						: junk;
				assertClosedAfter(tls, mqtt);
				assertEcho(healthy, echoes, "round-" + round);
			}
			// 4. A TLS client with no certificate at all.
			java.security.KeyStore trust = java.security.KeyStore.getInstance("PKCS12");
			trust.load(null, null);
			trust.setCertificateEntry("ca", fixture.emulator.serverCa());
			javax.net.ssl.TrustManagerFactory tmf = javax.net.ssl.TrustManagerFactory
					.getInstance(javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
			tmf.init(trust);
			javax.net.ssl.SSLContext noKey = javax.net.ssl.SSLContext.getInstance("TLSv1.2");
			noKey.init(null, tmf.getTrustManagers(), null);
			SSLSocket anonymous = (SSLSocket) noKey.getSocketFactory().createSocket("127.0.0.1", port);
			boolean refused;
			try {
				anonymous.startHandshake();
				refused = anonymous.getInputStream().read() < 0;
			} catch (IOException e) {
				refused = true;
			}
			anonymous.close();
			assertTrue(refused, "no client certificate, no connection");

			assertEcho(healthy, echoes, "still-alive");
			healthy.disconnect();
			healthy.close();
		}
	}

	private static void assertEcho(MqttClient client, BlockingQueue<String> echoes, String text) throws Exception {
		client.publish("echo/x", text.getBytes(StandardCharsets.UTF_8), 1, false);
		String got = echoes.poll(10, TimeUnit.SECONDS);
		assertNotNull(got, "healthy connection still works");
		assertEquals(text, got);
	}

	/** Sends the bytes and expects the emulator to close the connection (EOF or reset) within seconds. */
	private static void assertClosedAfter(Socket socket, byte[] bytes) throws IOException {
		socket.setSoTimeout(15_000);
		boolean closed;
		try (socket) {
			OutputStream out = socket.getOutputStream();
			out.write(bytes);
			out.flush();
			InputStream in = socket.getInputStream();
			byte[] buffer = new byte[512];
			while (in.read(buffer) >= 0) {
				// drain TLS alerts until the close
			}
			closed = true;
		} catch (java.net.SocketTimeoutException e) {
			closed = false;
		} catch (IOException e) {
			closed = true;
		}
		assertFalse(!closed, "connection closed by the emulator");
	}
}
