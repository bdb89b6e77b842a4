package io.trustbench.pki.core.internal.cli;

import org.eclipse.core.runtime.IProgressMonitor;

import io.trustbench.cli.CommandContext;
import io.trustbench.cli.CommandException;
import io.trustbench.secureelement.core.DeviceManager;
import io.trustbench.secureelement.core.SecureElement;
import io.trustbench.secureelement.core.SecureElementException;

/** Opens the secure elements the PKI commands use, with one-line errors. */
final class Devices {

	private Devices() {
	}

	static SecureElement open(DeviceManager devices, String id, IProgressMonitor monitor) {
		try {
			return devices.open(id, monitor);
		} catch (SecureElementException e) {
			throw new CommandException(e.getMessage());
		}
	}

	static DeviceManager manager(CommandContext context) {
		return DeviceManager.forWorkspace(context.workspace());
	}
}
