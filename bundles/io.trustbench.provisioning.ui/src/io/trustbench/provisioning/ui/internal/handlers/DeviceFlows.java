package io.trustbench.provisioning.ui.internal.handlers;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.ILog;

import io.trustbench.provisioning.core.flow.FlowEnvironment;
import io.trustbench.provisioning.core.flow.FlowInput;
import io.trustbench.provisioning.core.flow.FlowOptions;
import io.trustbench.provisioning.core.flow.FlowRegistry;
import io.trustbench.secureelement.core.DeviceDescriptor;
import io.trustbench.secureelement.core.DeviceManager;

/** The flows a kit can take part in: those with a device input of the kit's type (or of any type). */
public final class DeviceFlows {

	private DeviceFlows() {
	}

	public static List<FlowRegistry.Descriptor> forDevice(DeviceDescriptor device, Path workspace, DeviceManager devices) {
		return FlowRegistry.flows().stream().filter(flow -> accepts(flow, device, workspace, devices)).toList();
	}

	private static boolean accepts(FlowRegistry.Descriptor flow, DeviceDescriptor device, Path workspace,
			DeviceManager devices) {
		try {
			return flow.create(new FlowEnvironment(workspace, devices, FlowOptions.none())).inputs().stream()
					.anyMatch(input -> input.kind() == FlowInput.Kind.DEVICE
							&& (input.deviceType() == null || input.deviceType().equals(device.kind())));
		} catch (RuntimeException | LinkageError e) {
			// A flow that cannot be built is left out of a kit's menu; its wizard says why when opened.
			ILog.of(DeviceFlows.class).warn("provisioning flow " + flow.id() + " (" + flow.contributor() + "): "
					+ e.getMessage());
			return false;
		}
	}
}
