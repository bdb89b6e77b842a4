package io.trustbench.secureelement.ui.internal.operations;

import org.eclipse.swt.widgets.Shell;

import io.trustbench.secureelement.ui.internal.explorer.ConfigSlotNode;
import io.trustbench.secureelement.ui.internal.explorer.ConfigWordNode;
import io.trustbench.secureelement.ui.internal.explorer.ExplorerNode;
import io.trustbench.secureelement.ui.internal.explorer.SlotNode;

/** A handler for operations on one slot: the selected slot, or the slot of a selected config word. */
abstract class SlotHandler extends DeviceHandler {

	static int slotOf(Object node) {
		if (node instanceof SlotNode slot) {
			return slot.slot();
		}
		if (node instanceof ConfigSlotNode slot) {
			return slot.slot();
		}
		if (node instanceof ConfigWordNode word) {
			return word.slot();
		}
		return -1;
	}

	@Override
	final DeviceJob createJob(ExplorerNode node, DeviceDialogs dialogs, Shell shell) {
		int slot = slotOf(node);
		return slot < 0 ? null : createJob(node, slot, dialogs, shell);
	}

	abstract DeviceJob createJob(ExplorerNode node, int slot, DeviceDialogs dialogs, Shell shell);
}
