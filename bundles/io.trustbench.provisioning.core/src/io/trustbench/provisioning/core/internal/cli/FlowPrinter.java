package io.trustbench.provisioning.core.internal.cli;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;

import io.trustbench.provisioning.core.flow.FlowRunner;
import io.trustbench.provisioning.core.flow.FlowStep;

/** Prints a flow run on the CLI: one line per step as it starts and ends, then a summary table. */
final class FlowPrinter implements FlowRunner.Listener {

	private final PrintStream out;
	private final int total;
	private final AtomicInteger index = new AtomicInteger();

	FlowPrinter(PrintStream out, int total) {
		this.out = out;
		this.total = total;
	}

	@Override
	public void stepStarted(FlowStep step) {
		out.printf("[%d/%d] %s%n", index.incrementAndGet(), total, step.label());
	}

	@Override
	public void stepEnded(FlowRunner.StepResult result) {
		switch (result.outcome()) {
		case ALREADY_DONE -> out.println("      already done");
		case FAILED -> out.println("      FAILED: " + result.message());
		default -> {
		}
		}
	}

	void summary(FlowRunner.Result result, java.util.Map<String, String> values) {
		out.println();
		out.println(result.flow().label() + ": " + (result.ok() ? "done" : result.cancelled() ? "cancelled" : "FAILED"));
		for (FlowRunner.StepResult step : result.steps()) {
			String outcome = switch (step.outcome()) {
			case DONE -> "ok";
			case ALREADY_DONE -> "already done";
			case FAILED -> "FAILED";
			case NOT_RUN -> "not run";
			};
			out.printf("  %-13s %-52s %s%n", outcome, step.step().label(), step.millis() > 0 ? step.millis() + " ms" : "");
		}
		if (!values.isEmpty()) {
			out.println();
			values.forEach((key, value) -> out.printf("  %-24s %s%n", key, value));
		}
	}
}
