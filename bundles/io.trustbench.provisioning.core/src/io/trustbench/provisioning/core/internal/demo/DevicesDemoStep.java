package io.trustbench.provisioning.core.internal.demo;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;

import io.trustbench.cli.demo.DemoContext;
import io.trustbench.cli.demo.DemoStep;
import io.trustbench.secureelement.core.DeviceDescriptor;
import io.trustbench.secureelement.core.DeviceInfo;
import io.trustbench.secureelement.core.DeviceManager;

/** Demo step "devices": the emulated Root, Signer and Thing kits (created, configured and locked on first use). */
public final class DevicesDemoStep implements DemoStep {

	@Override
	public IStatus run(DemoContext context, IProgressMonitor monitor) throws Exception {
		DeviceManager devices = DeviceManager.forWorkspace(context.workspace());
		List<DeviceDescriptor> found = devices.devices(monitor);
		SubMonitor progress = SubMonitor.convert(monitor, found.size());
		int emulated = 0;
		for (DeviceDescriptor device : found) {
			DeviceInfo info = devices.info(device.id(), progress.split(1));
			context.out().printf("%-11s %-14s %-10s serial %s, config %s, data %s%n", device.id(), device.kind(),
					device.transport(), info.serialHex(), info.locks().configLocked() ? "locked" : "UNLOCKED",
					info.locks().dataLocked() ? "locked" : "UNLOCKED");
			emulated += device.id().startsWith("emu-") ? 1 : 0;
		}
		if (emulated < 3) {
			return Status.error("expected the emulated Root, Signer and Thing kits, found " + emulated);
		}
		return Status.info(found.size() + " kits");
	}
}
