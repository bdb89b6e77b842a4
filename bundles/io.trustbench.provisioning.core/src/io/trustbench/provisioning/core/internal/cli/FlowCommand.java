package io.trustbench.provisioning.core.internal.cli;

import java.util.HashMap;
import java.util.Map;

import io.trustbench.cli.Args;
import io.trustbench.cli.CliCommand;
import io.trustbench.cli.CommandContext;
import io.trustbench.cli.CommandException;
import io.trustbench.provisioning.core.aws.ConnectionProfile;
import io.trustbench.provisioning.core.flow.Flow;
import io.trustbench.provisioning.core.flow.FlowContext;
import io.trustbench.provisioning.core.flow.FlowOptions;
import io.trustbench.provisioning.core.flow.FlowRunner;
import io.trustbench.provisioning.core.flow.FlowSessions;
import io.trustbench.secureelement.core.DeviceManager;

/** Runs one provisioning flow from the CLI: progress per step, a summary, exit 1 naming the failed step. */
abstract class FlowCommand implements CliCommand {

	/** The flow to run, and the run's options read from the arguments (before the connection options). */
	protected abstract Flow flow(CommandContext context, DeviceManager devices, Map<String, String> options);

	@Override
	public int run(CommandContext context) throws Exception {
		Map<String, String> options = new HashMap<>();
		DeviceManager devices = DeviceManager.forWorkspace(context.workspace());
		Flow flow = flow(context, devices, options);
		Args args = context.args();
		ConnectionProfile profile = ConnectionOptions.parse(args);
		args.expectAtMost(0);
		context.out().println(flow.label() + " — " + profile.describe());
		try (FlowContext flowContext = FlowSessions.open(context.workspace(), devices, flow.id(), profile,
				new FlowOptions(options), line -> context.out().println("      " + line))) {
			FlowPrinter printer = new FlowPrinter(context.out(), flow.steps(flowContext).size());
			FlowRunner.Result result = new FlowRunner(printer).run(flow, flowContext, context.monitor());
			printer.summary(result);
			if (!result.ok()) {
				FlowRunner.StepResult failed = result.failedStep().orElseThrow();
				throw new CommandException(failed.step().label() + ": " + failed.message()
						+ (result.cancelled() ? "" : " (fix it and re-run: completed steps are kept)"));
			}
		}
		return 0;
	}
}
