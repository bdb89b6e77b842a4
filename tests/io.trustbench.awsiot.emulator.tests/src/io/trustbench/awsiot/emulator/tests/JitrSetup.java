package io.trustbench.awsiot.emulator.tests;

import java.security.GeneralSecurityException;

import io.trustbench.awsiot.emulator.IotEmulator;
import software.amazon.awssdk.services.iot.IotClient;
import software.amazon.awssdk.services.iot.model.Action;
import software.amazon.awssdk.services.iot.model.LambdaAction;
import software.amazon.awssdk.services.iot.model.TopicRulePayload;

/** The "REGISTER SIGNER" half of the ASI flow plus the JITR rule, done with the real SDK. */
final class JitrSetup {

	private JitrSetup() {
	}

	/** Registers the signer as an ACTIVE auto-registration CA; returns its id. */
	static String registerSigner(IotClient iot, TestPki pki) throws GeneralSecurityException {
		String code = iot.getRegistrationCode(b -> {
		}).registrationCode();
		return iot.registerCACertificate(b -> {
			try {
				b.caCertificate(pki.signer.pem()).verificationCertificate(pki.verification(code).pem()).setAsActive(true)
						.allowAutoRegistration(true);
			} catch (GeneralSecurityException e) {
				throw new IllegalStateException(e);
			}
		}).certificateId();
	}

	/** The topic rule whose action is the built-in activation function. */
	static void createActivationRule(IotClient iot, IotEmulator emulator, String ruleName, String caId) {
		String functionArn = "arn:aws:lambda:us-west-2:" + emulator.accountId() + ":function:trustbench-jitr-activate";
		iot.createTopicRule(b -> b.ruleName(ruleName).topicRulePayload(TopicRulePayload.builder()
				.sql("SELECT * FROM '$aws/events/certificates/registered/" + caId + "' WHERE certificateStatus = 'PENDING_ACTIVATION'")
				.actions(Action.builder().lambda(LambdaAction.builder().functionArn(functionArn).build()).build())
				.build()));
	}
}
