package io.trustbench.tlsclient.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.trustbench.cli.demo.DemoContext;
import io.trustbench.secureelement.core.SecureElement;
import io.trustbench.tlsclient.core.internal.cli.ThingRunCommand;
import io.trustbench.tlsclient.core.internal.demo.MqttDemoStep;

/** {@code thing run} and the demo's "mqtt" step against the emulator, after REGISTER SIGNER. */
class ThingRunAndDemoTest {

	private IotEmulatorFixture cloud;
	private ProvisionedThing thing;

	@BeforeEach
	void setUp() throws Exception {
		cloud = new IotEmulatorFixture();
		thing = new ProvisionedThing(cloud.emulator.endpointAddress(), JitrRoundTripTest.THING_NAME);
		try (SecureElement signerKit = thing.devices.open(TestDevices.SIGNER)) {
			cloud.createActivationRule(cloud.registerSigner(thing.pki.signer, signerKit));
		}
		thing.thing.close();
	}

	@AfterEach
	void tearDown() throws Exception {
		thing.devices.close();
		cloud.close();
	}

	@Test
	void thingRunConnectsThroughJitrAndPublishes() throws Exception {
		Path pcap = thing.devices.workspace.resolve("thing.pcapng");
		Path keys = thing.devices.workspace.resolve("thing.keys");
		Cli.Result r = Cli.run(thing.devices.workspace, new ThingRunCommand(), "emu-thing", "--count", "2", "--interval",
				"10", "--ca", cloud.emulator.serverCaFile().toString(), "--record", pcap.toString(), "--keylog",
				keys.toString(), "--json");
		assertEquals(0, r.exit(), r.err());
		JsonObject json = JsonParser.parseString(r.out()).getAsJsonObject();
		assertEquals(JitrRoundTripTest.THING_NAME, json.get("thingName").getAsString());
		assertTrue(json.get("attempts").getAsInt() >= 2, "JITR refused the first attempt: " + r.out());
		assertTrue(Files.size(pcap) > 0 && Files.readString(keys).contains(" "));

		Cli.Result noCa = Cli.run(thing.devices.workspace, new ThingRunCommand(), "emu-thing");
		assertEquals(2, noCa.exit(), "no emulator CA in this workspace: " + noCa.err());
	}

	@Test
	void mqttDemoStepMakesTheShadowRoundTripAndLeavesARecording() throws Exception {
		ByteArrayOutputStream lines = new ByteArrayOutputStream();
		try (DemoContext context = new DemoContext(thing.devices.workspace,
				new PrintStream(lines, true, StandardCharsets.UTF_8))) {
			context.put(MqttDemoStep.SERVER_CA, cloud.emulator.serverCaFile());
			context.put(MqttDemoStep.API_URL, "http://127.0.0.1:" + cloud.emulator.apiPort());
			IStatus status = new MqttDemoStep().run(context, null);
			String out = lines.toString(StandardCharsets.UTF_8);
			assertTrue(status.isOK(), status.getMessage() + "\n" + out);
			assertTrue(out.contains("delta received"), out);
			assertEquals(JitrRoundTripTest.THING_NAME, context.get(MqttDemoStep.THING_NAME, String.class).orElseThrow());
			assertTrue(Files.size(context.get(MqttDemoStep.PCAPNG, Path.class).orElseThrow()) > 0);
		}
	}

	@Test
	void mqttDemoStepReportsAMissingEmulator() throws Exception {
		try (DemoContext context = new DemoContext(thing.devices.workspace, new PrintStream(new ByteArrayOutputStream()))) {
			IStatus status = new MqttDemoStep().run(context, null);
			assertEquals(IStatus.ERROR, status.getSeverity());
			assertTrue(status.getMessage().contains("no MQTT endpoint CA"), status.getMessage());
		}
	}
}
