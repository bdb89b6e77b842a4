package io.trustbench.secureelement.ui.internal.operations;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import io.trustbench.secureelement.ui.internal.explorer.ExplorerNode;

/** Generate Key: after confirmation (the old key is destroyed), a new private key; shows its public key. */
public final class GenKeyHandler extends SlotHandler {

	@Override
	DeviceJob createJob(ExplorerNode node, int slot, DeviceDialogs dialogs, Shell shell) {
		String id = node.device().id();
		String title = NLS.bind(Messages.GenKey_title, slot, id);
		if (!dialogs.confirm(shell, title, NLS.bind(Messages.GenKey_confirm, slot, id))) {
			return null;
		}
		return new DeviceJob(title, node.device(), (chip, monitor) -> {
			byte[] xy = chip.genKey(slot, monitor);
			String pem = PublicKeyPem.pem(xy);
			return new OperationResult(title, Messages.GenKey_message, "X‖Y\n" + HexText.lines(xy) + "\n\n" + pem, //$NON-NLS-1$ //$NON-NLS-2$
					pem, xy);
		}, true, dialogs, shell);
	}
}
