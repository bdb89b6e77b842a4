package io.trustbench.provisioning.ui.internal.inputs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import io.trustbench.secureelement.core.DeviceDescriptor;
import io.trustbench.secureelement.core.DeviceManager;

/**
 * The kits the device inputs offer, listed once per wizard in a job (a USB scan can take a
 * moment) and handed to the fields on the UI thread.
 */
public final class DeviceChoices {

	/** Family of the listing job, for tests that wait for it. */
	public static final Object JOB_FAMILY = DeviceChoices.class.getName();

	private final DeviceManager deviceManager;
	private final String preferred;
	private final List<Runnable> listeners = new ArrayList<>();
	private List<DeviceDescriptor> devices;
	private boolean loading;

	/** @param preferred a device to choose wherever its type fits (the one the wizard was opened on), or null */
	public DeviceChoices(DeviceManager deviceManager, String preferred) {
		this.deviceManager = deviceManager;
		this.preferred = preferred;
	}

	public String preferred() {
		return preferred;
	}

	/** UI thread: starts the listing once; {@code loaded} runs when the devices are known. */
	public void whenLoaded(Display display, Runnable loaded) {
		if (devices != null) {
			loaded.run();
			return;
		}
		listeners.add(loaded);
		if (!loading) {
			loading = true;
			Job job = new Job(Messages.Devices_job) {
				@Override
				protected IStatus run(IProgressMonitor monitor) {
					List<DeviceDescriptor> found = deviceManager.devices(monitor);
					display.asyncExec(() -> loaded(found));
					return Status.OK_STATUS;
				}

				@Override
				public boolean belongsTo(Object family) {
					return family == JOB_FAMILY;
				}
			};
			job.setSystem(true);
			job.schedule();
		}
	}

	private void loaded(List<DeviceDescriptor> found) {
		devices = found;
		List<Runnable> waiting = List.copyOf(listeners);
		listeners.clear();
		waiting.forEach(Runnable::run);
	}

	/** The devices of a type (any type when null), or empty while the listing runs. */
	public Optional<List<DeviceDescriptor>> ofType(String deviceType) {
		return Optional.ofNullable(devices)
				.map(all -> all.stream().filter(d -> deviceType == null || d.kind().equals(deviceType)).toList());
	}

	/** How the device type is called, e.g. "Signer kit (AT88CKECCSIGNER)", for messages. */
	public String typeLabel(String deviceType) {
		return deviceType == null ? Messages.Devices_anyType
				: deviceManager.deviceType(deviceType).map(t -> t.label()).orElse(deviceType);
	}
}
