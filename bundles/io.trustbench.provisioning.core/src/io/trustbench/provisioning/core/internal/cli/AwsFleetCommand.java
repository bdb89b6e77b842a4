package io.trustbench.provisioning.core.internal.cli;

import io.trustbench.cli.Args;
import io.trustbench.provisioning.core.fleet.FleetFlow;

/** {@code aws fleet}: N things in one run, with a per-thing result table. */
public final class AwsFleetCommand extends FlowCommand {

	@Override
	protected String flowId(Args args) {
		return FleetFlow.ID;
	}
}
