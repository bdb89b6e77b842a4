package io.trustbench.provisioning.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.iot.model.CertificateStatus;

import io.trustbench.provisioning.core.aws.CloudSession;
import io.trustbench.provisioning.core.aws.ConnectionProfile;
import io.trustbench.provisioning.core.byoc.ByocFlow;
import io.trustbench.provisioning.core.flow.FlowOptions;
import io.trustbench.provisioning.core.flow.FlowRunner;
import io.trustbench.provisioning.core.flow.FlowSessions;
import io.trustbench.provisioning.core.flow.FlowState;
import io.trustbench.provisioning.core.internal.thing.SimulatorThingConnector;
import io.trustbench.provisioning.core.jitp.JitpFlow;
import io.trustbench.provisioning.core.thing.ThingOptions;

/**
 * JITP end to end on the emulator: the template goes on the signer CA, the first emulated fleet
 * thing (CN = sn + chip serial) is prepared, its first connection makes AWS IoT create the thing,
 * attach the template's policy and activate the certificate with no function of ours, and the
 * thing publishes. The seed's thing, whose CN is not a valid thing name, is refused before
 * anything is registered.
 */
public class JitpEmulatorTest extends EmulatorWorkspaceTest {

	@Test
	void aFleetThingIsProvisionedByTheTemplateAndPublishes() throws Exception {
		Kits kits = new Kits(workspace);
		CloudSession.Opener cloud = monitor -> CloudSession.forEmulator(emulator);
		FlowRunner.Result result = kits.run(new JitpFlow(kits.signer(), new SimulatorThingConnector()),
				ConnectionProfile.localEmulator(), cloud, FlowOptions.none());
		assertTrue(result.ok(), Kits.describe(result) + "\n" + kits.log);

		FlowState state = FlowState.load(FlowSessions.stateFile(workspace, JitpFlow.ID, ConnectionProfile.localEmulator()));
		String thingName = state.require(ThingOptions.THING_NAME);
		String certificateId = state.require(ThingOptions.CERTIFICATE_ID);
		assertTrue(thingName.matches("sn[0-9A-F]{18}"), thingName);
		assertEquals("emu-thing-001", state.require(ThingOptions.THING));
		try (CloudSession session = CloudSession.forEmulator(emulator)) {
			var iot = session.iot();
			assertEquals(CertificateStatus.ACTIVE, iot.describeCertificate(r -> r.certificateId(certificateId))
					.certificateDescription().status());
			var thing = iot.describeThing(r -> r.thingName(thingName));
			assertEquals("trustbench-jitp", thing.attributes().get("provisionedBy"), "created by the template, not by a function");
			assertTrue(iot.listThingPrincipals(r -> r.thingName(thingName)).principals().stream()
					.anyMatch(p -> p.endsWith("/" + certificateId)));
			String caId = FlowState.load(FlowSessions.stateFile(workspace, ByocFlow.ID, ConnectionProfile.localEmulator()))
					.require(ByocFlow.CA_ID);
			assertTrue(iot.describeCACertificate(r -> r.certificateId(caId)).registrationConfig().templateBody()
					.contains("AWS::IoT::Certificate::CommonName"));
			assertFalse(iot.listTopicRules(r -> { }).rules().stream().anyMatch(r -> r.ruleName().startsWith("TrustbenchJitr")),
					"JITP needs no rule");
		}

		FlowRunner.Result again = kits.run(new JitpFlow(kits.signer(), new SimulatorThingConnector()),
				ConnectionProfile.localEmulator(), cloud, FlowOptions.none());
		assertTrue(again.ok(), Kits.describe(again));
		assertEquals(certificateId, FlowState.load(state.file()).require(ThingOptions.CERTIFICATE_ID), "no new key on a re-run");
	}

	@Test
	void theSeedThingsCommonNameIsRefusedWithAClearReason() throws Exception {
		Kits kits = new Kits(workspace);
		FlowRunner.Result result = kits.run(new JitpFlow(kits.signer(), new SimulatorThingConnector()),
				ConnectionProfile.localEmulator(), monitor -> CloudSession.forEmulator(emulator),
				new FlowOptions(java.util.Map.of(ThingOptions.THING, ThingOptions.DEFAULT_THING)));
		FlowRunner.StepResult failed = result.failedStep().orElseThrow();
		assertEquals("prepare", failed.step().id(), Kits.describe(result));
		assertTrue(failed.message().contains("not a valid thing name"), failed.message());
	}
}
