package io.trustbench.secureelement.ui.internal.operations;

import org.eclipse.core.runtime.IProgressMonitor;

import io.trustbench.secureelement.core.SecureElement;
import io.trustbench.secureelement.core.SecureElementException;
import io.trustbench.secureelement.ui.internal.explorer.ExplorerNode;

/** Lock Config Zone (the chip checks the CRC of the config it was shown). */
public final class LockConfigHandler extends LockHandler {

	@Override
	String what(ExplorerNode node) {
		return Messages.Lock_config;
	}

	@Override
	void lock(ExplorerNode node, SecureElement chip, IProgressMonitor monitor) throws SecureElementException {
		chip.lockConfig(monitor);
	}
}
