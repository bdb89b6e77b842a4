package io.trustbench.secureelement.ui.internal.operations;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import io.trustbench.secureelement.ui.internal.explorer.ExplorerNode;

/** Verify: the chip checks an R‖S signature over a digest with the public key of the slot. */
public final class VerifyHandler extends SlotHandler {

	@Override
	DeviceJob createJob(ExplorerNode node, int slot, DeviceDialogs dialogs, Shell shell) {
		String title = NLS.bind(Messages.Verify_title, slot, node.device().id());
		byte[][] input = dialogs.askHex(shell, title, Messages.Verify_ask,
				new DeviceDialogs.HexField(Messages.Field_digest, new int[] { 32 }, ""), //$NON-NLS-1$
				new DeviceDialogs.HexField(Messages.Field_signature, new int[] { 64 }, "")); //$NON-NLS-1$
		if (input == null) {
			return null;
		}
		return new DeviceJob(title, node.device(), (chip, monitor) -> {
			byte[] publicKey = chip.publicKey(slot, monitor);
			boolean valid = chip.verify(input[0], input[1], publicKey, monitor);
			String message = valid ? Messages.Verify_valid : Messages.Verify_invalid;
			return new OperationResult(title, message, message + "\n\n" + Messages.Field_publicKey + "\n" //$NON-NLS-1$ //$NON-NLS-2$
					+ HexText.lines(publicKey), null, new byte[] { (byte) (valid ? 1 : 0) });
		}, false, dialogs, shell);
	}
}
