package io.trustbench.provisioning.ui.internal.run;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

/** The run's progress bar and current task, updated from the job's thread through the display. */
public final class ProgressPanel {

	/** Data key tests use to find the task label. */
	public static final String TASK_KEY = "io.trustbench.provisioning.ui.progressTask";

	private final Composite composite;
	private final Label task;
	private final ProgressBar bar;
	private int total;
	private int worked;

	public ProgressPanel(Composite parent) {
		composite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(composite);
		task = new Label(composite, SWT.NONE);
		task.setData(TASK_KEY, Boolean.TRUE);
		task.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		bar = new ProgressBar(composite, SWT.HORIZONTAL | SWT.SMOOTH);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
	}

	public Composite control() {
		return composite;
	}

	public int percent() {
		return bar.getMaximum() == 0 ? 0 : bar.getSelection() * 100 / bar.getMaximum();
	}

	/** Any thread. */
	void begin(int totalWork) {
		ui(() -> {
			total = Math.max(totalWork, 1);
			worked = 0;
			bar.setMaximum(total);
			bar.setSelection(0);
		});
	}

	/** Any thread. */
	void worked(int work) {
		ui(() -> {
			worked = Math.min(total, worked + work);
			bar.setSelection(worked);
		});
	}

	/** Any thread. */
	void task(String text) {
		ui(() -> {
			task.setText(text == null ? "" : text);
			composite.layout();
		});
	}

	/** Any thread: the bar full when the run ended, as it is. */
	void done() {
		ui(() -> bar.setSelection(bar.getMaximum()));
	}

	private void ui(Runnable update) {
		if (!composite.isDisposed()) {
			composite.getDisplay().asyncExec(() -> {
				if (!composite.isDisposed()) {
					update.run();
				}
			});
		}
	}
}
