package io.trustbench.provisioning.core.internal.cli;

import io.trustbench.cli.Args;

/** {@code aws flow ID}: runs any contributed provisioning flow (a vendor's too) by its id. */
public final class AwsFlowCommand extends FlowCommand {

	@Override
	protected String flowId(Args args) {
		return args.shift("flow id");
	}
}
