package io.trustbench.provisioning.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trustbench.provisioning.core.aws.CloudSession;
import io.trustbench.provisioning.core.aws.ConnectionProfile;
import io.trustbench.provisioning.core.byoc.ByocFlow;
import io.trustbench.provisioning.core.flow.FlowOptions;
import io.trustbench.provisioning.core.flow.FlowRunner;
import io.trustbench.provisioning.core.flow.FlowSessions;
import io.trustbench.provisioning.core.flow.FlowState;
import io.trustbench.provisioning.core.jitr.JitrFlow;

/**
 * The control-plane part of the flows against moto_server, an AWS IoT implementation nobody here
 * wrote (aws-iot-peers.md): BYOC twice (moto answers a second registration with the same id, AWS
 * with ResourceAlreadyExists — both handled), then the JITR set-up (rule, Lambda function and
 * role created with the SDK, thing prepared). moto lacks ListCACertificates; the flows never call it.
 */
public class MotoFlowsTest {

	@TempDir
	static Path workspace;
	private static MotoServer moto;

	@BeforeAll
	static void startMoto() throws Exception {
		assumeTrue(MotoServer.available(), "moto_server is not installed");
		moto = MotoServer.start(workspace);
		System.setProperty("aws.accessKeyId", "testing");
		System.setProperty("aws.secretAccessKey", "testing");
	}

	@AfterAll
	static void stopMoto() {
		if (moto != null) {
			moto.close();
		}
		System.clearProperty("aws.accessKeyId");
		System.clearProperty("aws.secretAccessKey");
	}

	private static ConnectionProfile profile() {
		return ConnectionProfile.endpoint(moto.endpoint, null, "us-west-2");
	}

	@Test
	void byocAndJitrSetUpPassAgainstMoto() throws Exception {
		Kits kits = new Kits(workspace);
		CloudSession.Opener cloud = monitor -> CloudSession.open(profile(), workspace);
		FlowRunner.Result byoc = kits.run(new ByocFlow(kits.signer()), profile(), cloud, FlowOptions.none());
		assertTrue(byoc.ok(), Kits.describe(byoc) + "\n" + kits.log);
		String caId = FlowState.load(FlowSessions.stateFile(workspace, ByocFlow.ID, profile())).require(ByocFlow.CA_ID);

		FlowRunner.Result again = kits.run(new ByocFlow(kits.signer()), profile(), cloud, FlowOptions.none());
		assertTrue(again.ok(), Kits.describe(again));
		assertEquals(caId, FlowState.load(FlowSessions.stateFile(workspace, ByocFlow.ID, profile())).require(ByocFlow.CA_ID));

		FlowRunner.Result jitr = kits.run(new JitrFlow(kits.signer(), null), profile(), cloud,
				new FlowOptions(java.util.Map.of("setupOnly", "true")));
		assertTrue(jitr.ok(), Kits.describe(jitr) + "\n" + kits.log);
		try (CloudSession session = CloudSession.open(profile(), workspace)) {
			var rule = session.iot().getTopicRule(r -> r.ruleName("TrustbenchJitr_" + caId.substring(0, 12))).rule();
			assertTrue(rule.sql().contains("$aws/events/certificates/registered/" + caId), rule.sql());
			assertTrue(rule.actions().get(0).lambda().functionArn().endsWith(":function:trustbench-jitr-activate"));
			assertEquals("trustbench-jitr-activate",
					session.lambda().getFunction(r -> r.functionName("trustbench-jitr-activate")).configuration().functionName());
		}
	}
}
