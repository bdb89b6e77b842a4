package io.trustbench.secureelement.core;

import java.time.Duration;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Rescans a {@link DeviceManager} periodically so its {@link DeviceChangeListener}s hear kits
 * being plugged in and pulled out (hidapi and jSerialComm have no portable hot-plug events).
 * A system job: the Device Explorer schedules it while it is open and cancels it on close.
 */
public final class DeviceWatcher extends Job {

	private final DeviceManager devices;
	private final Duration interval;
	private volatile boolean stopped;

	public DeviceWatcher(DeviceManager devices, Duration interval) {
		super("Watching for secure-element kits");
		this.devices = devices;
		this.interval = interval;
		setSystem(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		if (stopped || monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		devices.scan(monitor);
		if (!stopped) {
			schedule(interval.toMillis());
		}
		return Status.OK_STATUS;
	}

	/** Stops rescanning (the job may finish its current scan). */
	public void stop() {
		stopped = true;
		cancel();
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == devices || family == DeviceWatcher.class;
	}
}
