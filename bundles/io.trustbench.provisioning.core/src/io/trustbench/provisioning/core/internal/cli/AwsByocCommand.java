package io.trustbench.provisioning.core.internal.cli;

import io.trustbench.cli.Args;
import io.trustbench.provisioning.core.byoc.ByocFlow;

/** {@code aws byoc}: registers the signer CA with the verification certificate. */
public final class AwsByocCommand extends FlowCommand {

	@Override
	protected String flowId(Args args) {
		return ByocFlow.ID;
	}
}
