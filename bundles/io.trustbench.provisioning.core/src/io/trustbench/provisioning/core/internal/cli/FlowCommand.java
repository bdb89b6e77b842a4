package io.trustbench.provisioning.core.internal.cli;

import java.util.HashMap;
import java.util.Map;

import io.trustbench.cli.Args;
import io.trustbench.cli.CliCommand;
import io.trustbench.cli.CommandContext;
import io.trustbench.cli.CommandException;
import io.trustbench.cli.UsageException;
import io.trustbench.provisioning.core.aws.ConnectionProfile;
import io.trustbench.provisioning.core.flow.Flow;
import io.trustbench.provisioning.core.flow.FlowContext;
import io.trustbench.provisioning.core.flow.FlowEnvironment;
import io.trustbench.provisioning.core.flow.FlowInput;
import io.trustbench.provisioning.core.flow.FlowOptions;
import io.trustbench.provisioning.core.flow.FlowRegistry;
import io.trustbench.provisioning.core.flow.FlowRunner;
import io.trustbench.provisioning.core.flow.FlowSessions;
import io.trustbench.secureelement.core.DeviceManager;

/**
 * Runs one contributed provisioning flow from the CLI: its options come from the flow's inputs
 * ({@code --thing}, {@code --wifi-ssid}; secrets from {@code TRUSTBENCH_…} environment variables,
 * never the command line), progress per step, a summary, exit 1 naming the failed step.
 */
abstract class FlowCommand implements CliCommand {

	/** The id of the flow to run (may read a positional argument). */
	protected abstract String flowId(Args args);

	@Override
	public int run(CommandContext context) throws Exception {
		Args args = context.args();
		String id = flowId(args);
		FlowRegistry.Descriptor descriptor = FlowRegistry.find(id).orElseThrow(() -> new UsageException(
				"no provisioning flow '" + id + "'; installed: " + String.join(", ",
						FlowRegistry.flows().stream().map(FlowRegistry.Descriptor::id).toList())));
		DeviceManager devices = DeviceManager.forWorkspace(context.workspace());
		Flow probe = descriptor.create(new FlowEnvironment(context.workspace(), devices, FlowOptions.none()));
		FlowOptions options = new FlowOptions(readInputs(probe, args));
		Flow flow = descriptor.create(new FlowEnvironment(context.workspace(), devices, options));
		ConnectionProfile profile = ConnectionOptions.parse(args);
		args.expectAtMost(0);
		context.out().println(flow.label() + " — " + profile.describe());
		try (FlowContext flowContext = FlowSessions.open(context.workspace(), devices, flow.id(), profile, options,
				line -> context.out().println("      " + line))) {
			FlowPrinter printer = new FlowPrinter(context.out(), flow.steps(flowContext).size());
			FlowRunner.Result result = new FlowRunner(printer).run(flow, flowContext, context.monitor());
			printer.summary(result, flow.summary(flowContext.state()));
			if (!result.ok()) {
				FlowRunner.StepResult failed = result.failedStep().orElseThrow();
				throw new CommandException(failed.step().label() + ": " + failed.message()
						+ (result.cancelled() ? "" : " (fix it and re-run: completed steps are kept)"));
			}
		}
		return 0;
	}

	private static Map<String, String> readInputs(Flow flow, Args args) {
		Map<String, String> values = new HashMap<>();
		for (FlowInput input : flow.inputs()) {
			switch (input.kind()) {
			case FLAG -> {
				if (args.flag(input.cliOption())) {
					values.put(input.key(), "true");
				}
			}
			case SECRET -> {
				String secret = System.getenv(input.environmentVariable());
				if (secret != null) {
					values.put(input.key(), secret);
				}
			}
			case NUMBER -> {
				String number = args.option(input.cliOption());
				if (number != null) {
					if (!number.matches("\\d{1,6}")) {
						throw new UsageException(input.cliOption() + " must be a number");
					}
					values.put(input.key(), number);
				}
			}
			default -> {
				String value = args.option(input.cliOption());
				if (value != null) {
					values.put(input.key(), value);
				}
			}
			}
		}
		return values;
	}
}
