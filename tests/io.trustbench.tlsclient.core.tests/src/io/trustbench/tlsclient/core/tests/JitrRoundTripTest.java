package io.trustbench.tlsclient.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.trustbench.secureelement.core.SecureElement;
import io.trustbench.tlsclient.core.HandshakeReport;
import io.trustbench.tlsclient.core.thing.ThingSimulator;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.iot.model.CertificateStatus;

/**
 * The seed's §7.3 round trip, all parts real except the cloud: the signer kit's CA is registered
 * with aws-sdk-java-v2 (verification certificate signed by the kit), the simulated thing connects
 * with the hardened client, is disconnected while JITR registers its certificate
 * PENDING_ACTIVATION, the emulator's built-in rule activates it, the thing reconnects after
 * back-off, publishes and follows a shadow delta set through the IoT data plane.
 */
class JitrRoundTripTest {

	/** What the emulator's JITR action names the thing: the device certificate's CN made a thing name. */
	static final String THING_NAME = "Example_ATECC508A_Device";

	private IotEmulatorFixture cloud;
	private ProvisionedThing thing;

	@BeforeEach
	void setUp() throws Exception {
		cloud = new IotEmulatorFixture();
		thing = new ProvisionedThing(cloud.emulator.endpointAddress(), THING_NAME);
		try (SecureElement signerKit = thing.devices.open(TestDevices.SIGNER)) {
			String caId = cloud.registerSigner(thing.pki.signer, signerKit);
			cloud.createActivationRule(caId);
		}
	}

	@AfterEach
	void tearDown() throws Exception {
		thing.close();
		cloud.close();
	}

	@Test
	void firstConnectRejectedThenActivatedReconnectPublishAndShadow() throws Exception {
		List<String> events = Collections.synchronizedList(new ArrayList<>());
		String certificateId = IotEmulatorFixture.certificateId(thing.pki.device);
		try (ThingSimulator sim = ThingSimulator.open(thing.thing, List.of(cloud.emulator.serverCa()), events::add, null)) {
			assertEquals(THING_NAME, sim.thingName(), "thing name read from slot 8");
			sim.connect(new ThingSimulator.Backoff(Duration.ofMillis(100), Duration.ofSeconds(1), 10), null);

			assertTrue(sim.attempts() >= 2, "the first connection is refused while JITR registers: " + events);
			assertTrue(events.stream().anyMatch(e -> e.startsWith("attempt 1 refused")), events.toString());
			assertEquals(CertificateStatus.ACTIVE,
					cloud.iot.describeCertificate(b -> b.certificateId(certificateId)).certificateDescription().status());
			for (HandshakeReport r : sim.handshakes()) {
				assertEquals(1, r.deviceCommandCount("Sign"), "each handshake signed in the device");
				assertEquals(1, r.deviceCommandCount("ECDH"));
				assertEquals(2, r.clientChain().size(), "device and signer certificates presented for JITR");
			}

			sim.publishTelemetry("{\"temp\":22}");
			cloud.data.updateThingShadow(b -> b.thingName(THING_NAME)
					.payload(SdkBytes.fromUtf8String("{\"state\":{\"desired\":{\"led1\":\"on\"}}}")));
			assertTrue(sim.awaitDeltas(1, Duration.ofSeconds(10), null), "delta followed: " + events);
			assertEquals("on", sim.state().snapshot().get("led1"));

			JsonObject shadow = waitForReported("led1", "on");
			assertEquals("up", shadow.getAsJsonObject("state").getAsJsonObject("reported").get("button1").getAsString(),
					"initial report of the whole state");
			assertTrue(!shadow.getAsJsonObject("state").has("delta"), "reported state caught up with desired");
		}
	}

	private JsonObject waitForReported(String key, String value) throws InterruptedException {
		long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		JsonObject shadow = null;
		while (System.nanoTime() < end) {
			shadow = JsonParser.parseString(cloud.data.getThingShadow(b -> b.thingName(THING_NAME)).payload()
					.asUtf8String()).getAsJsonObject();
			JsonObject reported = shadow.getAsJsonObject("state").getAsJsonObject("reported");
			if (reported != null && reported.has(key) && reported.get(key).getAsString().equals(value)
					&& !shadow.getAsJsonObject("state").has("delta")) {
				return shadow;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("shadow never reported " + key + "=" + value + ": " + shadow);
	}
}
