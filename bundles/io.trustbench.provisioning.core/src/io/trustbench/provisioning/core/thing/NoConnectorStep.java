package io.trustbench.provisioning.core.thing;

import org.eclipse.core.runtime.IProgressMonitor;

import io.trustbench.provisioning.core.flow.FlowContext;
import io.trustbench.provisioning.core.flow.FlowStep;

/** Without a thing connector the flow cannot go on; it says so instead of ending "successfully". */
final class NoConnectorStep implements FlowStep {

	@Override
	public String id() {
		return "connect";
	}

	@Override
	public String label() {
		return "Connect the thing";
	}

	@Override
	public String explanation() {
		return "Needs the hardened TLS client (bundle io.trustbench.tlsclient.core).";
	}

	@Override
	public void run(FlowContext context, IProgressMonitor monitor) {
		throw new IllegalStateException("no thing connector is installed (bundle io.trustbench.tlsclient.core); "
				+ "the thing is prepared — run with --setup-only to stop here");
	}
}
