package io.trustbench.provisioning.ui.internal.run;

import io.trustbench.provisioning.core.flow.FlowRunner;
import io.trustbench.provisioning.core.flow.FlowStep;

/** One line of the steps table: a step and what happened to it in this run so far. */
public final class StepRow {

	/** The runner's outcomes plus the two states before an outcome is known. */
	public enum State { PENDING, RUNNING, DONE, ALREADY_DONE, FAILED, NOT_RUN }

	private final FlowStep step;
	private State state = State.PENDING;
	private String message = "";
	private long millis = -1;

	public StepRow(FlowStep step) {
		this.step = step;
	}

	public FlowStep step() {
		return step;
	}

	public State state() {
		return state;
	}

	public String message() {
		return message;
	}

	/** Duration in milliseconds, or -1 while unknown. */
	public long millis() {
		return millis;
	}

	void started() {
		state = State.RUNNING;
		message = "";
		millis = -1;
	}

	void ended(FlowRunner.StepResult result) {
		state = switch (result.outcome()) {
		case DONE -> State.DONE;
		case ALREADY_DONE -> State.ALREADY_DONE;
		case FAILED -> State.FAILED;
		case NOT_RUN -> State.NOT_RUN;
		};
		message = result.message();
		millis = result.millis();
	}
}
