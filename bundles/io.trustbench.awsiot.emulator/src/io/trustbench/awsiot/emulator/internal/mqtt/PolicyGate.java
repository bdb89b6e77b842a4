package io.trustbench.awsiot.emulator.internal.mqtt;

import io.trustbench.awsiot.emulator.internal.policy.PolicyEvaluator;
import io.trustbench.awsiot.emulator.internal.registry.Arns;
import io.trustbench.awsiot.emulator.internal.registry.PolicyRegistry;
import io.trustbench.awsiot.emulator.internal.state.CertificateRecord;
import io.trustbench.awsiot.emulator.internal.state.CertificateStatus;
import io.trustbench.awsiot.emulator.internal.state.StateStore;

/**
 * The four MQTT authorisation questions of AWS IoT (Connect, Publish, Subscribe, Receive), answered
 * from the policies attached to the session's certificate at the moment of asking, so attaching or
 * detaching a policy takes effect on live connections as on AWS.
 */
public final class PolicyGate {

	private final StateStore store;
	private final PolicyRegistry policies;
	private final Arns arns;
	private final ConsolePrincipal console;

	public PolicyGate(StateStore store, PolicyRegistry policies, Arns arns, ConsolePrincipal console) {
		this.store = store;
		this.console = console;
		this.policies = policies;
		this.arns = arns;
	}

	public boolean canConnect(DeviceSession session) {
		return allowed(session, "iot:Connect", "client/" + session.clientId());
	}

	public boolean canPublish(DeviceSession session, String topic) {
		return allowed(session, "iot:Publish", "topic/" + topic);
	}

	public boolean canReceive(DeviceSession session, String topic) {
		return allowed(session, "iot:Receive", "topic/" + topic);
	}

	public boolean canSubscribe(DeviceSession session, String topicFilter) {
		return allowed(session, "iot:Subscribe", "topicfilter/" + topicFilter);
	}

	private boolean allowed(DeviceSession session, String action, String resource) {
		if (console.is(session.certificateId())) {
			return true;
		}
		CertificateRecord cert = store.certificates().get(session.certificateId());
		if (cert == null || !CertificateStatus.ACTIVE.equals(cert.status)) {
			return false;
		}
		return PolicyEvaluator.isAllowed(policies.documentsFor(cert), action, arns.prefix() + resource, session.context());
	}
}
