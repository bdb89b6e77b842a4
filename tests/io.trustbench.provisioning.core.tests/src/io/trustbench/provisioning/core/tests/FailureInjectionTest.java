package io.trustbench.provisioning.core.tests;

import io.trustbench.testing.SocatPair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.iot.model.CertificateStatus;

import io.trustbench.core.TrafficLog;
import io.trustbench.provisioning.core.aws.CloudSession;
import io.trustbench.provisioning.core.aws.ConnectionProfile;
import io.trustbench.provisioning.core.byoc.ByocFlow;
import io.trustbench.provisioning.core.flow.FlowOptions;
import io.trustbench.provisioning.core.flow.FlowRunner;
import io.trustbench.provisioning.core.flow.FlowSessions;
import io.trustbench.provisioning.core.flow.FlowState;
import io.trustbench.provisioning.core.internal.thing.SimulatorThingConnector;
import io.trustbench.provisioning.core.jitr.JitrFlow;
import io.trustbench.provisioning.core.thing.ThingOptions;
import io.trustbench.secureelement.core.internal.emulator.EmulatedKit;
import io.trustbench.secureelement.core.internal.emulator.EmulatedKits;
import io.trustbench.secureelement.core.internal.emulator.KitLineServer;
import io.trustbench.secureelement.core.internal.transport.EmulatorKitTransport;
import io.trustbench.secureelement.core.internal.transport.SerialKitTransport;

/**
 * Failure injection: AWS error answers (through a proxy in front of the emulator, with the real
 * SDK client) and a thing unplugged in the middle of the kit exchange (the emulated thing served on
 * a socat pseudo-terminal, the plug pulled after {@code aws:i}). Each run ends with one clear line
 * naming the failed step, and a re-run completes from there.
 */
public class FailureInjectionTest extends EmulatorWorkspaceTest {

	@BeforeEach
	void setUp() throws Exception {
		System.setProperty("aws.accessKeyId", "test");
		System.setProperty("aws.secretAccessKey", "test");
	}

	@AfterEach
	void tearDown() {
		System.clearProperty("aws.accessKeyId");
		System.clearProperty("aws.secretAccessKey");
		System.clearProperty(SerialKitTransport.PORTS_PROPERTY);
		EmulatedKits.forgetAll();
	}

	@Test
	void anAwsErrorAnswerFailsItsStepClearlyAndAReRunCompletes() throws Exception {
		try (FaultyEndpoint proxy = new FaultyEndpoint(java.net.URI.create("http://127.0.0.1:" + emulator.apiPort()))) {
			ConnectionProfile profile = ConnectionProfile.endpoint(proxy.url(), null, "us-west-2");
			CloudSession.Opener cloud = monitor -> CloudSession.open(profile, workspace);
			Kits kits = new Kits(workspace);
			proxy.failWithAwsError("POST", "/cacertificate", 1, 403, "AccessDeniedException",
					"User: arn:aws:iam::123456789012:user/dev is not authorized to perform: iot:RegisterCACertificate");

			FlowRunner.Result denied = kits.run(new ByocFlow(kits.signer()), profile, cloud, FlowOptions.none());

			assertFalse(denied.ok());
			FlowRunner.StepResult step = denied.failedStep().orElseThrow();
			assertEquals("register", step.step().id(), Kits.describe(denied));
			assertTrue(step.message().contains("not authorized to perform: iot:RegisterCACertificate"), step.message());
			assertEquals(1, step.message().lines().count());
			assertEquals(1, proxy.injected().size(), proxy.injected().toString());

			FlowRunner.Result rerun = kits.run(new ByocFlow(kits.signer()), profile, cloud, FlowOptions.none());
			assertTrue(rerun.ok(), Kits.describe(rerun));
			assertEquals(FlowRunner.Outcome.ALREADY_DONE, rerun.steps().get(0).outcome(), "the signer step is kept");
		}
	}

	@Test
	void aBrokenOrOverloadedEndpointIsAClearErrorNotAHang() throws Exception {
		try (FaultyEndpoint proxy = new FaultyEndpoint(java.net.URI.create("http://127.0.0.1:" + emulator.apiPort()))) {
			ConnectionProfile profile = ConnectionProfile.endpoint(proxy.url(), null, "us-west-2");
			CloudSession.Opener cloud = monitor -> CloudSession.open(profile, workspace);
			Kits kits = new Kits(workspace);
			// One garbage answer is retried by the SDK; more than its retries make the step fail.
			proxy.answerGarbage("GET", "/registrationcode", 6);

			FlowRunner.Result garbage = kits.run(new ByocFlow(kits.signer()), profile, cloud, FlowOptions.none());
			assertFalse(garbage.ok(), Kits.describe(garbage) + " " + proxy.injected() + " " + kits.log);
			assertEquals("registration-code", garbage.failedStep().orElseThrow().step().id(), Kits.describe(garbage));
			assertFalse(garbage.failedStep().get().message().isBlank());
			drain(proxy, kits, profile, cloud);

			// More 503s than the SDK's retries: the step fails instead of retrying forever.
			proxy.failWithAwsError("GET", "/cacertificate/", 10, 503, "ServiceUnavailableException", "Service Unavailable");
			long start = System.nanoTime();
			FlowRunner.Result overloaded = kits.run(new ByocFlow(kits.signer()), profile, cloud, FlowOptions.none());
			long seconds = (System.nanoTime() - start) / 1_000_000_000L;
			FlowRunner.StepResult step = overloaded.failedStep().orElseThrow();
			assertEquals("lookup", step.step().id(), Kits.describe(overloaded));
			assertTrue(step.message().contains("Service Unavailable"), step.message());
			long retried = proxy.injected().stream().filter(i -> i.contains("503")).count();
			assertTrue(retried >= 2 && retried < 10, "the SDK retried a few times: " + proxy.injected());
			assertTrue(seconds < 60, "gave up in " + seconds + " s");

			drain(proxy, kits, profile, cloud);
		}
	}

	/** Uses up the remaining injected 503s, then checks that a run completes. */
	private static void drain(FaultyEndpoint proxy, Kits kits, ConnectionProfile profile, CloudSession.Opener cloud)
			throws Exception {
		for (int attempt = 0; attempt < 5; attempt++) {
			FlowRunner.Result run = kits.run(new ByocFlow(kits.signer()), profile, cloud, FlowOptions.none());
			if (run.ok()) {
				return;
			}
		}
		throw new AssertionError("BYOC never completed after the faults: " + proxy.injected());
	}

	@Test
	void aThingUnpluggedMidFlowFailsClearlyAndCompletesWhenPluggedBackIn() throws Exception {
		assumeTrue(SocatPair.available(), "socat is not installed");
		Kits kits = new Kits(workspace);
		EmulatedKit thing = new EmulatorKitTransport().kit(kits.devices.context(), "emu-thing");
		Path port = workspace.resolve("usb");
		Files.createDirectories(port);
		String thingId = "serial:" + port.resolve("host");
		System.setProperty(SerialKitTransport.PORTS_PROPERTY, port.resolve("host").toString());
		FlowOptions options = new FlowOptions(java.util.Map.of(ThingOptions.THING, thingId));
		CloudSession.Opener cloud = monitor -> CloudSession.forEmulator(emulator);

		SocatPair pair = new SocatPair(port);
		KitLineServer server = serve(thing, pair);
		AtomicBoolean pulled = new AtomicBoolean();
		Consumer<TrafficLog.Entry> unplugAfterKeyGeneration = entry -> {
			if (entry.source().equals(thingId) && entry.text().contains("aws:i(") && pulled.compareAndSet(false, true)) {
				server.close();
				pair.close(); // the kit's pseudo-terminals disappear, as when the USB cable is pulled
			}
		};
		TrafficLog.global().addListener(unplugAfterKeyGeneration);
		FlowRunner.Result unplugged;
		try {
			unplugged = kits.run(new JitrFlow(kits.signer(), new SimulatorThingConnector()), ConnectionProfile.localEmulator(),
					cloud, options);
		} finally {
			TrafficLog.global().removeListener(unplugAfterKeyGeneration);
		}
		assertTrue(pulled.get(), "the plug was pulled during the kit exchange: " + kits.log);
		assertFalse(unplugged.ok());
		FlowRunner.StepResult step = unplugged.failedStep().orElseThrow();
		assertEquals("prepare", step.step().id(), Kits.describe(unplugged));
		assertEquals(1, step.message().lines().count());
		assertTrue(step.message().contains(thingId) || step.message().toLowerCase().contains("unplugged")
				|| step.message().toLowerCase().contains("time"), step.message());
		FlowState state = FlowState.load(FlowSessions.stateFile(workspace, JitrFlow.ID, ConnectionProfile.localEmulator()));
		assertTrue(state.isCompleted("ca") && state.isCompleted("activation"), "steps before the unplug are kept");
		assertFalse(state.get(ThingOptions.CERTIFICATE_ID).isPresent(), "no half-prepared thing is recorded");

		try (SocatPair again = new SocatPair(port); KitLineServer replugged = serve(thing, again)) {
			FlowRunner.Result rerun = kits.run(new JitrFlow(kits.signer(), new SimulatorThingConnector()),
					ConnectionProfile.localEmulator(), cloud, options);
			assertTrue(rerun.ok(), Kits.describe(rerun) + "\n" + kits.log);
			assertEquals(FlowRunner.Outcome.ALREADY_DONE, rerun.steps().get(1).outcome(), "the rule is not created twice");
			String certificateId = FlowState.load(state.file()).require(ThingOptions.CERTIFICATE_ID);
			try (CloudSession session = CloudSession.forEmulator(emulator)) {
				assertEquals(CertificateStatus.ACTIVE, session.iot().describeCertificate(r -> r.certificateId(certificateId))
						.certificateDescription().status());
			}
		}
	}

	private static KitLineServer serve(EmulatedKit kit, SocatPair pair) throws Exception {
		return new KitLineServer(kit, new FileInputStream(pair.kitEnd.toFile()), new FileOutputStream(pair.kitEnd.toFile()))
				.start();
	}
}
