package io.trustbench.provisioning.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.cert.X509Certificate;

import org.eclipse.core.runtime.IProgressMonitor;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.iot.model.CACertificateStatus;

import io.trustbench.provisioning.core.aws.CloudSession;
import io.trustbench.provisioning.core.aws.ConnectionProfile;
import io.trustbench.provisioning.core.byoc.ByocFlow;
import io.trustbench.provisioning.core.byoc.CaRegistration;
import io.trustbench.provisioning.core.byoc.SignerAuthority;
import io.trustbench.provisioning.core.flow.FlowOptions;
import io.trustbench.provisioning.core.flow.FlowRunner;
import io.trustbench.provisioning.core.flow.FlowSessions;
import io.trustbench.provisioning.core.flow.FlowState;

/** BYOC against the Trustbench emulator with the real SDK client and the emulated kits. */
public class ByocEmulatorTest extends EmulatorWorkspaceTest {

	@Test
	void registersTheSignerActiveWithAutoRegistrationAndIsIdempotent() throws Exception {
		Kits kits = new Kits(workspace);
		FlowRunner.Result first = kits.run(new ByocFlow(kits.signer()), ConnectionProfile.localEmulator(), session(), FlowOptions.none());
		assertTrue(first.ok(), Kits.describe(first) + "\n" + kits.log);
		FlowState state = FlowState.load(FlowSessions.stateFile(workspace, ByocFlow.ID, ConnectionProfile.localEmulator()));
		String caId = state.require(ByocFlow.CA_ID);
		X509Certificate signer = kits.signer().signerCertificate(null);
		assertEquals(CaRegistration.awsId(signer), caId, "the emulator names CAs like AWS: SHA-256 of the DER");
		try (CloudSession cloud = CloudSession.forEmulator(emulator)) {
			var ca = CaRegistration.describe(cloud.iot(), caId).orElseThrow();
			assertEquals(CACertificateStatus.ACTIVE, ca.status());
			assertEquals("ENABLE", ca.autoRegistrationStatusAsString());
		}
		FlowRunner.Result second = kits.run(new ByocFlow(kits.signer()), ConnectionProfile.localEmulator(), session(), FlowOptions.none());
		assertTrue(second.ok(), Kits.describe(second));
		assertEquals(caId, FlowState.load(state.file()).require(ByocFlow.CA_ID), "same CA, not a second one");
		assertTrue(kits.log.stream().anyMatch(l -> l.startsWith("already registered")), kits.log.toString());
	}

	@Test
	void aWrongRegistrationCodeIsRefusedClearlyAndAReRunCompletes() throws Exception {
		Kits kits = new Kits(workspace);
		SignerAuthority real = kits.signer();
		SignerAuthority wrongCode = new SignerAuthority() {
			@Override
			public X509Certificate signerCertificate(IProgressMonitor monitor) throws Exception {
				return real.signerCertificate(monitor);
			}

			@Override
			public X509Certificate verificationCertificate(String code, IProgressMonitor monitor) throws Exception {
				return real.verificationCertificate("0".repeat(64), monitor);
			}
		};
		FlowRunner.Result failed = kits.run(new ByocFlow(wrongCode), ConnectionProfile.localEmulator(), session(), FlowOptions.none());
		assertFalse(failed.ok());
		FlowRunner.StepResult step = failed.failedStep().orElseThrow();
		assertEquals("register", step.step().id(), Kits.describe(failed));
		assertTrue(step.message().toLowerCase().contains("registration code") || step.message().toLowerCase().contains("verification"),
				step.message());
		FlowRunner.Result rerun = kits.run(new ByocFlow(real), ConnectionProfile.localEmulator(), session(), FlowOptions.none());
		assertTrue(rerun.ok(), Kits.describe(rerun));
		assertEquals(FlowRunner.Outcome.ALREADY_DONE, rerun.steps().get(0).outcome(), "the signer step is kept from the failed run");
	}

	@Test
	void emulatorDownGivesAClearMessageAndNothingIsLost() throws Exception {
		Kits kits = new Kits(workspace);
		ConnectionProfile nowhere = ConnectionProfile.endpoint(java.net.URI.create("http://127.0.0.1:9"), null, "us-west-2");
		System.setProperty("aws.accessKeyId", "test");
		System.setProperty("aws.secretAccessKey", "test");
		try {
			FlowRunner.Result down = kits.run(new ByocFlow(kits.signer()), nowhere,
					monitor -> CloudSession.open(nowhere, workspace), FlowOptions.none());
			assertFalse(down.ok());
			String message = down.failedStep().orElseThrow().message();
			assertTrue(message.contains("127.0.0.1:9") || message.toLowerCase().contains("connect"), message);
			assertEquals(1, message.lines().count());
		} finally {
			System.clearProperty("aws.accessKeyId");
			System.clearProperty("aws.secretAccessKey");
		}
	}
}
