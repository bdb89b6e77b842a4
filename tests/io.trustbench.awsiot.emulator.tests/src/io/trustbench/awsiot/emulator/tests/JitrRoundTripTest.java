package io.trustbench.awsiot.emulator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLSocketFactory;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.trustbench.awsiot.emulator.internal.pki.Pem;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.iot.model.CertificateStatus;
import software.amazon.awssdk.services.iot.model.Policy;
import software.amazon.awssdk.services.iotdataplane.IotDataPlaneClient;

/**
 * The JITR round trip of the seed's section 7.3 against the emulator, with the real
 * aws-sdk-java-v2 IotClient for the cloud side and Paho (software keys) for devices.
 */
@Timeout(60)
class JitrRoundTripTest {

	private EmulatorFixture fixture;
	private TestPki pki;
	private String caId;
	private MqttClient observer;
	private final BlockingQueue<String[]> seen = new LinkedBlockingQueue<>();

	@BeforeEach
	void setUp() throws Exception {
		fixture = new EmulatorFixture();
		pki = new TestPki("JITR");
		caId = JitrSetup.registerSigner(fixture.iot, pki);
		JitrSetup.createActivationRule(fixture.iot, fixture.emulator, "jitr_activate", caId);
		observer = observer();
	}

	@AfterEach
	void tearDown() throws Exception {
		if (observer.isConnected()) {
			observer.disconnect();
		}
		observer.close();
		fixture.close();
	}

	/** A BYOC-registered client allowed everything, watching registration events and telemetry. */
	private MqttClient observer() throws Exception {
		TestPki.Identity id = pki.device("observer");
		String arn = fixture.iot.registerCertificate(b -> b.certificatePem(id.pem()).caCertificatePem(pki.signer.pem())
				.setAsActive(true)).certificateArn();
		fixture.iot.createPolicy(b -> b.policyName("observer_all").policyDocument(
				"{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"iot:*\",\"Resource\":\"*\"}]}"));
		fixture.iot.attachPolicy(b -> b.policyName("observer_all").target(arn));
		MqttClient client = MqttDevices.client(fixture.mqttUri(), "observer");
		client.connect(MqttDevices.options(pki.socketFactory(id, fixture.emulator.serverCa())));
		client.subscribe(new String[] { "$aws/events/certificates/registered/" + caId, "things/+/telemetry" },
				new int[] { 1, 1 }, new org.eclipse.paho.client.mqttv3.IMqttMessageListener[] {
						(t, m) -> seen.add(new String[] { t, new String(m.getPayload(), StandardCharsets.UTF_8) }),
						(t, m) -> seen.add(new String[] { t, new String(m.getPayload(), StandardCharsets.UTF_8) }) });
		return client;
	}

	@Test
	void unknownDeviceIsRegisteredPendingThenActivatedByTheRuleAndCanPublish() throws Exception {
		TestPki.Identity device = pki.device("thing-0001");
		String certificateId = Pem.certificateId(device.certificate());
		SSLSocketFactory factory = pki.socketFactory(device, fixture.emulator.serverCa());
		MqttClient client = MqttDevices.client(fixture.mqttUri(), "thing-0001");

		assertFalse(MqttDevices.tryConnect(client, factory), "first connection of an unknown certificate is closed");
		String[] event = seen.poll(10, TimeUnit.SECONDS);
		assertNotNull(event, "registration event published");
		assertEquals("$aws/events/certificates/registered/" + caId, event[0]);
		JsonObject json = JsonParser.parseString(event[1]).getAsJsonObject();
		assertEquals(certificateId, json.get("certificateId").getAsString());
		assertEquals(caId, json.get("caCertificateId").getAsString());
		assertEquals("PENDING_ACTIVATION", json.get("certificateStatus").getAsString());
		assertEquals(fixture.emulator.accountId(), json.get("awsAccountId").getAsString());

		MqttDevices.connectWithRetry(client, factory, Duration.ofSeconds(10));
		assertEquals(CertificateStatus.ACTIVE,
				fixture.iot.describeCertificate(b -> b.certificateId(certificateId)).certificateDescription().status());
		assertEquals(caId, fixture.iot.describeCertificate(b -> b.certificateId(certificateId)).certificateDescription()
				.caCertificateId());
		List<Policy> policies = fixture.iot.listAttachedPolicies(
				b -> b.target("arn:aws:iot:us-west-2:" + fixture.emulator.accountId() + ":cert/" + certificateId)).policies();
		assertEquals(1, policies.size());
		String document = fixture.iot.getPolicy(b -> b.policyName(policies.get(0).policyName())).policyDocument();
		assertFalse(document.contains("iot:*"), "least privilege, not iot:* on *");
		assertEquals("thing-0001", fixture.iot.describeThing(b -> b.thingName("thing-0001")).thingName());

		client.publish("things/thing-0001/telemetry", "{\"temp\":21}".getBytes(StandardCharsets.UTF_8), 1, false);
		String[] telemetry = seen.poll(10, TimeUnit.SECONDS);
		assertNotNull(telemetry);
		assertEquals("things/thing-0001/telemetry", telemetry[0]);

		// Shadow over MQTT: update reported, get accepted, then a desired change from the data plane
		// arrives as a delta.
		BlockingQueue<String[]> mine = new LinkedBlockingQueue<>();
		client.subscribe("$aws/things/thing-0001/shadow/#", 1,
				(t, m) -> mine.add(new String[] { t, new String(m.getPayload(), StandardCharsets.UTF_8) }));
		client.publish("$aws/things/thing-0001/shadow/update",
				"{\"state\":{\"reported\":{\"led1\":\"off\"}},\"clientToken\":\"t1\"}".getBytes(StandardCharsets.UTF_8), 1,
				false);
		String[] accepted = waitFor(mine, "$aws/things/thing-0001/shadow/update/accepted");
		assertEquals("t1", JsonParser.parseString(accepted[1]).getAsJsonObject().get("clientToken").getAsString());
		try (IotDataPlaneClient data = fixture.dataClient()) {
			data.updateThingShadow(b -> b.thingName("thing-0001")
					.payload(SdkBytes.fromUtf8String("{\"state\":{\"desired\":{\"led1\":\"on\"}}}")));
			String[] delta = waitFor(mine, "$aws/things/thing-0001/shadow/update/delta");
			assertEquals("on", JsonParser.parseString(delta[1]).getAsJsonObject().getAsJsonObject("state").get("led1")
					.getAsString());
			JsonObject shadow = JsonParser.parseString(data.getThingShadow(b -> b.thingName("thing-0001")).payload()
					.asUtf8String()).getAsJsonObject();
			assertEquals(2, shadow.get("version").getAsInt());
			assertEquals("off", shadow.getAsJsonObject("state").getAsJsonObject("reported").get("led1").getAsString());
		}

		// Least privilege: another thing's topic closes the connection, like AWS.
		try {
			client.publish("things/thing-0002/telemetry", new byte[] { 1 }, 0, false);
		} catch (org.eclipse.paho.client.mqttv3.MqttException e) {
			// Paho may notice the close while still completing the send: that is the expected outcome.
		}
		waitUntil(() -> !client.isConnected(), "publishing outside the policy disconnects");

		// Connecting under another client id than the thing name is refused.
		MqttClient impostor = MqttDevices.client(fixture.mqttUri(), "not-my-thing");
		assertFalse(MqttDevices.tryConnect(impostor, factory));
		impostor.close();

		// Revoked certificates are disconnected and refused.
		MqttDevices.connectWithRetry(client, factory, Duration.ofSeconds(5));
		fixture.iot.updateCertificate(b -> b.certificateId(certificateId).newStatus(CertificateStatus.REVOKED));
		waitUntil(() -> !client.isConnected(), "revoking disconnects the device");
		assertFalse(MqttDevices.tryConnect(client, factory), "revoked certificate refused");
		client.close();
	}

	@Test
	void inactiveCaAndDisabledAutoRegistrationRefuseUnknownDevices() throws Exception {
		fixture.iot.updateCACertificate(b -> b.certificateId(caId).newAutoRegistrationStatus("DISABLE"));
		TestPki.Identity device = pki.device("thing-0003");
		MqttClient client = MqttDevices.client(fixture.mqttUri(), "thing-0003");
		assertFalse(MqttDevices.tryConnect(client, pki.socketFactory(device, fixture.emulator.serverCa())));
		assertTrue(fixture.iot.listCertificatesByCA(b -> b.caCertificateId(caId)).certificates().stream()
				.noneMatch(c -> c.certificateId().equals(Pem.certificateId(device.certificate()))),
				"not auto-registered");
		client.close();
	}

	private static String[] waitFor(BlockingQueue<String[]> queue, String topic) throws InterruptedException {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (System.nanoTime() < end) {
			String[] m = queue.poll(100, TimeUnit.MILLISECONDS);
			if (m != null && m[0].equals(topic)) {
				return m;
			}
		}
		throw new AssertionError("no message on " + topic);
	}

	static void waitUntil(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > end) {
				throw new AssertionError("timed out: " + what);
			}
			Thread.sleep(20);
		}
	}
}
