package io.trustbench.provisioning.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.iot.model.CertificateStatus;

import io.trustbench.provisioning.core.aws.CloudSession;
import io.trustbench.provisioning.core.aws.ConnectionProfile;
import io.trustbench.provisioning.core.flow.FlowOptions;
import io.trustbench.provisioning.core.flow.FlowRunner;
import io.trustbench.provisioning.core.flow.FlowSessions;
import io.trustbench.provisioning.core.flow.FlowState;
import io.trustbench.provisioning.core.internal.thing.SimulatorThingConnector;
import io.trustbench.provisioning.core.jitr.JitrFlow;

/**
 * JITR end to end on the emulator: emulated kits, the real SDK client, the hardened TLS client with
 * the thing's key in its ATECC508A: first connection refused (PENDING_ACTIVATION), activation by
 * the rule, reconnect, publish and shadow report. A second run keeps the thing's key.
 */
public class JitrEmulatorTest extends EmulatorWorkspaceTest {

	@Test
	void thingIsRegisteredJustInTimeAndPublishes() throws Exception {
		Kits kits = new Kits(workspace);
		CloudSession.Opener cloud = monitor -> CloudSession.forEmulator(emulator);
		JitrFlow flow = new JitrFlow(kits.signer(), new SimulatorThingConnector());
		FlowRunner.Result result = kits.run(flow, ConnectionProfile.localEmulator(), cloud, FlowOptions.none());
		assertTrue(result.ok(), Kits.describe(result) + "\n" + kits.log);
		assertTrue(kits.log.stream().anyMatch(l -> l.startsWith("refused as expected")), kits.log.toString());
		FlowState state = FlowState.load(FlowSessions.stateFile(workspace, JitrFlow.ID, ConnectionProfile.localEmulator()));
		String certificateId = state.require("certificateId");
		try (CloudSession session = CloudSession.forEmulator(emulator)) {
			assertEquals(CertificateStatus.ACTIVE, session.iot().describeCertificate(r -> r.certificateId(certificateId))
					.certificateDescription().status());
			String thing = state.require("thingName");
			assertTrue(session.iot().listThingPrincipals(r -> r.thingName(thing)).principals().stream()
					.anyMatch(p -> p.endsWith("/" + certificateId)), "the activation attached the certificate to the thing");
		}
		assertTrue(Files.isRegularFile(workspace.resolve("things").resolve(state.require("thingName")).resolve("chain.pem")));

		FlowRunner.Result again = kits.run(new JitrFlow(kits.signer(), new SimulatorThingConnector()),
				ConnectionProfile.localEmulator(), cloud, FlowOptions.none());
		assertTrue(again.ok(), Kits.describe(again));
		assertEquals(certificateId, FlowState.load(state.file()).require("certificateId"), "no new key on a re-run");
	}
}
