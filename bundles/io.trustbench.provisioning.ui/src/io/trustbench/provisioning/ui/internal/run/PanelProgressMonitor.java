package io.trustbench.provisioning.ui.internal.run;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ProgressMonitorWrapper;

/**
 * The job's monitor (Progress view, cancellation) that also moves the page's progress bar: the
 * runner's SubMonitor reports whole units through {@link #worked}.
 */
final class PanelProgressMonitor extends ProgressMonitorWrapper {

	private final ProgressPanel panel;

	PanelProgressMonitor(IProgressMonitor monitor, ProgressPanel panel) {
		super(monitor);
		this.panel = panel;
	}

	@Override
	public void beginTask(String name, int totalWork) {
		super.beginTask(name, totalWork);
		panel.begin(totalWork);
		panel.task(name);
	}

	@Override
	public void worked(int work) {
		super.worked(work);
		panel.worked(work);
	}

	@Override
	public void subTask(String name) {
		super.subTask(name);
		panel.task(name);
	}

	@Override
	public void done() {
		super.done();
		panel.done();
	}
}
