package io.trustbench.provisioning.core.flow;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * One resumable unit of a provisioning flow. The runner skips a step that completed in an
 * earlier run when {@link #stillValid} confirms its result (e.g. the CA is still registered), so a
 * failed or cancelled run continues from the step that failed.
 */
public interface FlowStep {

	/** Stable id, used in the saved state. */
	String id();

	/** Short label for progress lines, wizard pages and the summary. */
	String label();

	/** What the step does and why, as the seed explains it; shown by the wizard. */
	String explanation();

	/** Does the work; leaves its results in the context's state. Throws with a one-line message. */
	void run(FlowContext context, IProgressMonitor monitor) throws Exception;

	/** For a step completed in an earlier run: is its result still there? Default: trust the state. */
	default boolean stillValid(FlowContext context, IProgressMonitor monitor) throws Exception {
		return true;
	}
}
