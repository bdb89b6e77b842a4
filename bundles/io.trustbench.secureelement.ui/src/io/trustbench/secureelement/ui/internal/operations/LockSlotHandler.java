package io.trustbench.secureelement.ui.internal.operations;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;

import io.trustbench.secureelement.core.SecureElement;
import io.trustbench.secureelement.core.SecureElementException;
import io.trustbench.secureelement.ui.internal.explorer.ExplorerNode;

/** Lock Slot (a slot whose KeyConfig is Lockable, after the data lock). */
public final class LockSlotHandler extends LockHandler {

	@Override
	String what(ExplorerNode node) {
		int slot = SlotHandler.slotOf(node);
		return slot < 0 ? null : NLS.bind(Messages.Lock_slot, slot);
	}

	@Override
	void lock(ExplorerNode node, SecureElement chip, IProgressMonitor monitor) throws SecureElementException {
		chip.lockSlot(SlotHandler.slotOf(node), monitor);
	}
}
