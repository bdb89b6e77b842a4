package io.trustbench.secureelement.ui.internal.explorer;

import java.util.HashSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import io.trustbench.secureelement.core.DeviceDescriptor;
import io.trustbench.secureelement.core.internal.registry.TransportRegistry;
import io.trustbench.secureelement.core.kit.KitEndpoint;

/**
 * Notices kits being plugged in or pulled out. The core tells listeners only when someone scans,
 * and a full scan logs every unusable transport to the Console, so this job enumerates the
 * transports quietly every few seconds and asks for a real scan (which updates the tree through
 * the device-change event) only when the set of kits differs. A transport that cannot enumerate
 * (no hidapi, no serial library) is left alone until the next explicit Refresh.
 */
final class DeviceWatcher extends Job {

	private final ExplorerModel model;
	private final long intervalMillis;
	private final Set<String> broken = ConcurrentHashMap.newKeySet();
	private volatile boolean stopped;

	DeviceWatcher(ExplorerModel model, long intervalMillis) {
		super(Messages.DeviceWatcher_name);
		this.model = model;
		this.intervalMillis = intervalMillis;
		setSystem(true);
		setRule(DeviceRule.forScan());
	}

	void start() {
		schedule(intervalMillis);
	}

	void stop() {
		stopped = true;
		cancel();
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		if (stopped || monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		if (model.scanned() && changed(monitor)) {
			model.scanned(model.devices().scan(monitor));
		}
		if (!stopped) {
			schedule(intervalMillis);
		}
		return Status.OK_STATUS;
	}

	private boolean changed(IProgressMonitor monitor) {
		Set<String> known = new HashSet<>();
		Set<String> now = new HashSet<>();
		for (TransportRegistry.Descriptor transport : model.devices().transports()) {
			if (broken.contains(transport.id())) {
				continue;
			}
			try {
				for (KitEndpoint endpoint : transport.transport().discover(model.devices().context(), monitor)) {
					now.add(endpoint.id());
				}
			} catch (Exception | LinkageError e) {
				broken.add(transport.id());
				continue;
			}
			for (DeviceDescriptor device : model.knownKits()) {
				if (device.transport().equals(transport.id())) {
					known.add(device.id());
				}
			}
		}
		return !now.equals(known);
	}

	/** A Refresh retries transports that failed before (the user may have fixed permissions). */
	void retryBrokenTransports() {
		broken.clear();
	}

	@Override
	public boolean shouldSchedule() {
		return !stopped;
	}
}
