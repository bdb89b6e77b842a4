package io.trustbench.awsiot.emulator.internal.rules;

import java.security.cert.X509Certificate;
import java.util.Map;

import com.google.gson.JsonObject;

import io.trustbench.awsiot.emulator.internal.pki.Pem;
import io.trustbench.awsiot.emulator.internal.registry.Arns;
import io.trustbench.awsiot.emulator.internal.registry.AwsException;
import io.trustbench.awsiot.emulator.internal.registry.CertificateRegistry;
import io.trustbench.awsiot.emulator.internal.registry.PolicyRegistry;
import io.trustbench.awsiot.emulator.internal.registry.ThingRegistry;
import io.trustbench.awsiot.emulator.internal.state.CertificateRecord;
import io.trustbench.awsiot.emulator.internal.state.CertificateStatus;
import io.trustbench.core.TrafficLog;

/**
 * The seed's JITR Lambda (create policy, attach, activate) as a built-in rule action, with two
 * changes: the policy is least-privilege (a device may only connect as, and use the topics of, the
 * thing its certificate is attached to) instead of {@code iot:*} on {@code *}, and so the action
 * also creates that thing, named after the certificate's subject CN, and attaches the certificate.
 * Input: the certificate-registered event ({@code certificateId}, {@code caCertificateId}, …).
 */
public final class JitrActivation implements RuleAction {

	public static final String POLICY_NAME = "TrustbenchJitrDevicePolicy";
	private static final String SOURCE = "aws-iot-jitr";

	private final CertificateRegistry certificates;
	private final PolicyRegistry policies;
	private final ThingRegistry things;
	private final Arns arns;

	public JitrActivation(CertificateRegistry certificates, PolicyRegistry policies, ThingRegistry things, Arns arns) {
		this.certificates = certificates;
		this.policies = policies;
		this.things = things;
		this.arns = arns;
	}

	@Override
	public void run(String ruleName, JsonObject event, JsonObject action, RuleMessage message) {
		if (!event.has("certificateId")) {
			TrafficLog.global().log(TrafficLog.Channel.ERROR, SOURCE, "rule " + ruleName + ": event has no certificateId");
			return;
		}
		String certificateId = event.get("certificateId").getAsString();
		CertificateRecord cert = certificates.describe(certificateId);
		if (!CertificateStatus.PENDING_ACTIVATION.equals(cert.status)) {
			TrafficLog.global().log(TrafficLog.Channel.INFO, SOURCE,
					"certificate " + certificateId + " is " + cert.status + ", not activating");
			return;
		}
		String thingName = thingNameFor(Pem.parseCertificate(cert.pem), certificateId);
		String principal = arns.cert(certificateId);
		try {
			things.create(thingName, null, Map.of());
		} catch (AwsException e) {
			if (!e.errorType().equals("ResourceAlreadyExistsException")) {
				throw e;
			}
		}
		things.attachPrincipal(thingName, principal);
		try {
			policies.create(POLICY_NAME, policyDocument());
		} catch (AwsException e) {
			if (!e.errorType().equals("ResourceAlreadyExistsException")) {
				throw e;
			}
		}
		policies.attach(POLICY_NAME, principal);
		certificates.update(certificateId, CertificateStatus.ACTIVE);
		TrafficLog.global().log(TrafficLog.Channel.INFO, SOURCE, "activated certificate " + certificateId + " for thing "
				+ thingName + " with policy " + POLICY_NAME + " (rule " + ruleName + ")");
	}

	/** The thing name: the subject CN made a valid thing name, or the certificate id when there is no CN. */
	static String thingNameFor(X509Certificate certificate, String certificateId) {
		String cn = Pem.subjectCommonName(certificate);
		if (cn == null || cn.isBlank()) {
			return certificateId;
		}
		String name = cn.trim().replaceAll("[^a-zA-Z0-9:_-]", "_");
		return name.length() > 128 ? name.substring(0, 128) : name;
	}

	/** Least privilege: connect only as the attached thing, publish/receive/subscribe only its own topics. */
	String policyDocument() {
		String p = arns.prefix();
		String thing = "${iot:Connection.Thing.ThingName}";
		return "{\"Version\":\"2012-10-17\",\"Statement\":["
				+ "{\"Effect\":\"Allow\",\"Action\":\"iot:Connect\",\"Resource\":\"" + p + "client/" + thing + "\","
				+ "\"Condition\":{\"Bool\":{\"iot:Connection.Thing.IsAttached\":\"true\"}}},"
				+ "{\"Effect\":\"Allow\",\"Action\":[\"iot:Publish\",\"iot:Receive\"],\"Resource\":[\"" + p
				+ "topic/$aws/things/" + thing + "/shadow/*\",\"" + p + "topic/things/" + thing + "/*\"]},"
				+ "{\"Effect\":\"Allow\",\"Action\":\"iot:Subscribe\",\"Resource\":[\"" + p + "topicfilter/$aws/things/"
				+ thing + "/shadow/*\",\"" + p + "topicfilter/things/" + thing + "/*\"]}]}";
	}
}
