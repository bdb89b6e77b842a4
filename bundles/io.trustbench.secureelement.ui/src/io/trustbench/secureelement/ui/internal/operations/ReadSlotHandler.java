package io.trustbench.secureelement.ui.internal.operations;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import io.trustbench.secureelement.core.SecureElementException;
import io.trustbench.secureelement.core.config.SlotPermissions;
import io.trustbench.secureelement.ui.internal.explorer.ExplorerNode;

/**
 * Read Slot: the whole slot in clear. A private-key or secret slot is refused with a sentence
 * that says why and what to do instead; the chip is never asked to give up a key.
 */
public final class ReadSlotHandler extends SlotHandler {

	@Override
	DeviceJob createJob(ExplorerNode node, int slot, DeviceDialogs dialogs, Shell shell) {
		String title = NLS.bind(Messages.Read_title, slot, node.device().id());
		return new DeviceJob(title, node.device(), (chip, monitor) -> {
			SlotPermissions permissions = chip.readConfig(monitor).permissions(slot);
			if (permissions.holdsPrivateKey()) {
				throw new SecureElementException(NLS.bind(Messages.Read_refusedPrivate, slot));
			}
			if (permissions.slotConfig().isSecret()) {
				throw new SecureElementException(NLS.bind(Messages.Read_refusedSecret, slot));
			}
			byte[] data = chip.readSlot(slot, monitor);
			return new OperationResult(title, NLS.bind(Messages.Read_message, data.length), HexText.lines(data), null,
					data);
		}, false, dialogs, shell);
	}
}
