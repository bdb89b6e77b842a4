package io.trustbench.provisioning.core.flow;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;

import io.trustbench.core.TrafficLog;

/**
 * Runs a flow's steps in order with progress, skipping steps an earlier run completed (when
 * their result is still valid), saving the state after each step, and stopping at the first
 * failure with a status that names the step — so the wizard can offer "retry from here" and a
 * re-run of the CLI continues where it stopped.
 */
public final class FlowRunner {

	public static final String PLUGIN_ID = "io.trustbench.provisioning.core";

	/** What happened to one step. */
	public enum Outcome { DONE, ALREADY_DONE, FAILED, NOT_RUN }

	public record StepResult(FlowStep step, Outcome outcome, String message, long millis) {
	}

	/** Listener for the wizard: a step starts or ends. */
	public interface Listener {
		default void stepStarted(FlowStep step) {
		}

		default void stepEnded(StepResult result) {
		}
	}

	private final Listener listener;

	public FlowRunner(Listener listener) {
		this.listener = listener == null ? new Listener() { } : listener;
	}

	public Result run(Flow flow, FlowContext context, IProgressMonitor monitor) {
		List<FlowStep> steps = flow.steps(context);
		SubMonitor progress = SubMonitor.convert(monitor, flow.label(), steps.size() * 10);
		List<StepResult> results = new ArrayList<>();
		MultiStatus status = new MultiStatus(PLUGIN_ID, 0, flow.label(), null);
		boolean failed = false;
		for (FlowStep step : steps) {
			if (failed) {
				results.add(new StepResult(step, Outcome.NOT_RUN, "", 0));
				continue;
			}
			progress.subTask(step.label());
			long start = System.nanoTime();
			listener.stepStarted(step);
			StepResult result;
			try {
				SubMonitor stepProgress = progress.split(10);
				if (context.state().isCompleted(step.id()) && step.stillValid(context, stepProgress.split(2))) {
					result = new StepResult(step, Outcome.ALREADY_DONE, "already done", elapsed(start));
				} else {
					context.state().markIncomplete(step.id());
					step.run(context, stepProgress.split(8));
					context.state().markCompleted(step.id());
					result = new StepResult(step, Outcome.DONE, "", elapsed(start));
				}
			} catch (OperationCanceledException e) {
				result = new StepResult(step, Outcome.FAILED, "cancelled", elapsed(start));
				status.add(Status.CANCEL_STATUS);
				failed = true;
			} catch (Exception | LinkageError e) {
				String message = oneLine(e);
				result = new StepResult(step, Outcome.FAILED, message, elapsed(start));
				status.add(new Status(IStatus.ERROR, PLUGIN_ID, step.label() + ": " + message, e));
				TrafficLog.global().log(TrafficLog.Channel.ERROR, flow.label(), step.label() + " failed: " + message);
				failed = true;
			}
			results.add(result);
			listener.stepEnded(result);
		}
		return new Result(flow, results, status);
	}

	private static long elapsed(long startNanos) {
		return (System.nanoTime() - startNanos) / 1_000_000;
	}

	public static String oneLine(Throwable e) {
		Throwable t = e;
		while ((t.getMessage() == null || t.getMessage().isBlank()) && t.getCause() != null) {
			t = t.getCause();
		}
		String message = t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName() : t.getMessage();
		return message.replaceAll("\\s+", " ").trim();
	}

	/** Outcome of a run: per-step results and the overall status. */
	public record Result(Flow flow, List<StepResult> steps, MultiStatus status) {

		public boolean ok() {
			return status.isOK();
		}

		public boolean cancelled() {
			return status.matches(IStatus.CANCEL);
		}

		/** The step that failed, if any: where a retry starts. */
		public java.util.Optional<StepResult> failedStep() {
			return steps.stream().filter(s -> s.outcome() == Outcome.FAILED).findFirst();
		}
	}
}
