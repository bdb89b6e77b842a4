package io.trustbench.provisioning.ui.internal.run;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IStatus;

import io.trustbench.provisioning.core.flow.FlowRunner;
import io.trustbench.provisioning.core.flow.FlowStep;

/** What a {@link FlowJob} reports, beyond the runner's step events. */
public interface RunListener extends FlowRunner.Listener {

	/** The steps this run will go through, before the first one starts. */
	void planned(List<FlowStep> steps);

	/** A detail line of the flow (never secrets, by the flow contract). */
	void log(String line);

	/** The run ended: every step's outcome and the flow's summary values. */
	void finished(FlowRunner.Result result, Map<String, String> summary);

	/** The run could not start (a broken vendor flow, a damaged state file). */
	void failedToStart(IStatus status);
}
