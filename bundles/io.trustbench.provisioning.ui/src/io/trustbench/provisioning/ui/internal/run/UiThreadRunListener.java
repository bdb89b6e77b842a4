package io.trustbench.provisioning.ui.internal.run;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.swt.widgets.Control;

import io.trustbench.provisioning.core.flow.FlowRunner;
import io.trustbench.provisioning.core.flow.FlowStep;

/**
 * Hands a job's events to a listener on the UI thread, in order, and drops them once the page is
 * gone (the wizard was closed while the cancelled job winds down).
 */
public final class UiThreadRunListener implements RunListener {

	private final Control owner;
	private final RunListener delegate;

	public UiThreadRunListener(Control owner, RunListener delegate) {
		this.owner = owner;
		this.delegate = delegate;
	}

	private void post(Runnable event) {
		if (!owner.isDisposed()) {
			owner.getDisplay().asyncExec(() -> {
				if (!owner.isDisposed()) {
					event.run();
				}
			});
		}
	}

	@Override
	public void stepStarted(FlowStep step) {
		post(() -> delegate.stepStarted(step));
	}

	@Override
	public void stepEnded(FlowRunner.StepResult result) {
		post(() -> delegate.stepEnded(result));
	}

	@Override
	public void planned(List<FlowStep> steps) {
		post(() -> delegate.planned(steps));
	}

	@Override
	public void log(String line) {
		post(() -> delegate.log(line));
	}

	@Override
	public void finished(FlowRunner.Result result, Map<String, String> summary) {
		post(() -> delegate.finished(result, summary));
	}

	@Override
	public void failedToStart(IStatus status) {
		post(() -> delegate.failedToStart(status));
	}
}
