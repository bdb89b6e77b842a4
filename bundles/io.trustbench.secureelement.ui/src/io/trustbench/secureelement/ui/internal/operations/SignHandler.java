package io.trustbench.secureelement.ui.internal.operations;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import io.trustbench.core.Hex;
import io.trustbench.secureelement.ui.internal.explorer.ExplorerNode;

/** Sign: asks for a 32-byte digest and shows the chip's ECDSA signature R‖S. */
public final class SignHandler extends SlotHandler {

	@Override
	DeviceJob createJob(ExplorerNode node, int slot, DeviceDialogs dialogs, Shell shell) {
		String title = NLS.bind(Messages.Sign_title, slot, node.device().id());
		byte[][] input = dialogs.askHex(shell, title, Messages.Sign_ask,
				new DeviceDialogs.HexField(Messages.Field_digest, new int[] { 32 }, "")); //$NON-NLS-1$
		if (input == null) {
			return null;
		}
		byte[] digest = input[0];
		return new DeviceJob(title, node.device(), (chip, monitor) -> {
			byte[] signature = chip.sign(slot, digest, monitor);
			String text = "R‖S\n" + HexText.lines(signature) + "\n\n" + Messages.Field_digest + "\n" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ Hex.encodeUpper(digest);
			return new OperationResult(title, Messages.Sign_message, text, null, signature);
		}, false, dialogs, shell);
	}
}
