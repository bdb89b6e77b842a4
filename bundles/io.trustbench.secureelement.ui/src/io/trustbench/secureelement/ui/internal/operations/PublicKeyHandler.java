package io.trustbench.secureelement.ui.internal.operations;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import io.trustbench.secureelement.ui.internal.explorer.ExplorerNode;

/** Public Key: X‖Y computed by the chip (private-key slot) or read (public-key slot), with its PEM. */
public final class PublicKeyHandler extends SlotHandler {

	@Override
	DeviceJob createJob(ExplorerNode node, int slot, DeviceDialogs dialogs, Shell shell) {
		return job(node, slot, dialogs, shell);
	}

	static DeviceJob job(ExplorerNode node, int slot, DeviceDialogs dialogs, Shell shell) {
		String title = NLS.bind(Messages.PublicKey_title, slot, node.device().id());
		return new DeviceJob(title, node.device(), (chip, monitor) -> {
			byte[] xy = chip.publicKey(slot, monitor);
			String pem = PublicKeyPem.pem(xy);
			String text = "X‖Y\n" + HexText.lines(xy) + "\n\n" + pem; //$NON-NLS-1$ //$NON-NLS-2$
			return new OperationResult(title, Messages.PublicKey_message, text, pem, xy);
		}, false, dialogs, shell);
	}
}
