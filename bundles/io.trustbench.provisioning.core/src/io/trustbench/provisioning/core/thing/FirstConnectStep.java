package io.trustbench.provisioning.core.thing;

import org.eclipse.core.runtime.IProgressMonitor;

import io.trustbench.provisioning.core.aws.CloudSession;
import io.trustbench.provisioning.core.flow.FlowContext;
import io.trustbench.provisioning.core.flow.FlowStep;

/** First connection: AWS registers the unknown certificate of a registered CA and closes. */
public final class FirstConnectStep implements FlowStep {

	private final ThingConnector connector;
	private final String afterRegistration;

	/** @param afterRegistration what happens next, for the explanation ("the activation rule…", "the template…") */
	public FirstConnectStep(ThingConnector connector, String afterRegistration) {
		this.connector = connector;
		this.afterRegistration = afterRegistration;
	}

	@Override
	public String id() {
		return "first-connect";
	}

	@Override
	public String label() {
		return "First connection (registers the certificate)";
	}

	@Override
	public String explanation() {
		return "The thing connects with mutual TLS, presenting its certificate and the signer's. AWS IoT sees an "
				+ "unknown certificate signed by a registered CA with auto-registration, registers it, "
				+ afterRegistration + " and closes the connection.";
	}

	@Override
	public void run(FlowContext context, IProgressMonitor monitor) throws Exception {
		CloudSession cloud = context.cloud(monitor);
		ThingConnector.Attempt attempt = connector.tryConnect(context.devices(), ThingOptions.thingId(context),
				cloud.serverCaFile().orElse(null), monitor);
		context.log(attempt.connected() ? "connected (the certificate was already active)" : "refused as expected: " + attempt.detail());
	}
}
