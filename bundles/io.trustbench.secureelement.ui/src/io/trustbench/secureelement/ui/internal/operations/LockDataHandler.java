package io.trustbench.secureelement.ui.internal.operations;

import org.eclipse.core.runtime.IProgressMonitor;

import io.trustbench.secureelement.core.SecureElement;
import io.trustbench.secureelement.core.SecureElementException;
import io.trustbench.secureelement.ui.internal.explorer.ExplorerNode;

/** Lock Data Zone (data and OTP; needs a locked config zone). */
public final class LockDataHandler extends LockHandler {

	@Override
	String what(ExplorerNode node) {
		return Messages.Lock_data;
	}

	@Override
	void lock(ExplorerNode node, SecureElement chip, IProgressMonitor monitor) throws SecureElementException {
		chip.lockData(monitor);
	}
}
