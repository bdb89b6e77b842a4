package io.trustbench.awsiot.ui.internal;

import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;

import io.trustbench.provisioning.core.console.ConsoleStatus;

/**
 * Every cloud call of the view: a user Job (progress, Cancel) in the view's family, whose result
 * is handed back on the UI thread if the view is still there. Failures become one-line statuses.
 */
final class ConsoleJob extends Job {

	/** Family of all console jobs (tests wait for it). */
	static final Object FAMILY = new Object();

	private final Function<IProgressMonitor, IStatus> work;
	private final Control owner;
	private final Consumer<IStatus> done;

	private ConsoleJob(String name, Control owner, Function<IProgressMonitor, IStatus> work, Consumer<IStatus> done) {
		super(name);
		this.work = work;
		this.owner = owner;
		this.done = done;
		setUser(true);
	}

	static void run(String name, Control owner, Function<IProgressMonitor, IStatus> work, Consumer<IStatus> done) {
		new ConsoleJob(name, owner, work, done).schedule();
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		IStatus status;
		try {
			status = work.apply(monitor);
		} catch (OperationCanceledException e) {
			status = Status.CANCEL_STATUS;
		} catch (RuntimeException e) {
			status = ConsoleStatus.error(getName(), e);
		}
		IStatus result = status;
		if (!owner.isDisposed()) {
			owner.getDisplay().asyncExec(() -> {
				if (!owner.isDisposed()) {
					done.accept(result);
				}
			});
		}
		// Errors are shown by the view (one dialog), not again by the job manager.
		return result.getSeverity() == IStatus.ERROR ? Status.OK_STATUS : result;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}
}
