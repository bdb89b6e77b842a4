package io.trustbench.provisioning.core.internal.cli;

import io.trustbench.cli.CliCommand;
import io.trustbench.cli.CommandContext;
import io.trustbench.provisioning.core.flow.Flow;
import io.trustbench.provisioning.core.flow.FlowEnvironment;
import io.trustbench.provisioning.core.flow.FlowInput;
import io.trustbench.provisioning.core.flow.FlowOptions;
import io.trustbench.provisioning.core.flow.FlowRegistry;
import io.trustbench.secureelement.core.DeviceManager;

/** {@code aws flows}: the installed provisioning flows, who contributed them, and their options. */
public final class AwsFlowsCommand implements CliCommand {

	@Override
	public int run(CommandContext context) {
		context.args().expectAtMost(0);
		DeviceManager devices = DeviceManager.forWorkspace(context.workspace());
		for (FlowRegistry.Descriptor descriptor : FlowRegistry.flows()) {
			Flow flow = descriptor.create(new FlowEnvironment(context.workspace(), devices, FlowOptions.none()));
			context.out().printf("%-8s %s  (%s)%n", descriptor.id(), flow.label(), descriptor.contributor());
			for (FlowInput input : flow.inputs()) {
				String how = input.kind() == FlowInput.Kind.SECRET ? "env " + input.environmentVariable()
						: input.cliOption() + (input.kind() == FlowInput.Kind.FLAG ? "" : " VALUE");
				context.out().printf("         %-28s %s%s%n", how, input.label(),
						input.defaultValue() == null || input.kind() == FlowInput.Kind.FLAG ? "" : " (default " + input.defaultValue() + ")");
			}
		}
		return 0;
	}
}
