package io.trustbench.secureelement.ui.internal.operations;

import java.util.Arrays;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import io.trustbench.secureelement.ui.internal.explorer.ExplorerNode;

/** ECDH: the slot's private key with a peer public key (X‖Y or 04‖X‖Y); shows the shared secret. */
public final class EcdhHandler extends SlotHandler {

	@Override
	DeviceJob createJob(ExplorerNode node, int slot, DeviceDialogs dialogs, Shell shell) {
		String title = NLS.bind(Messages.Ecdh_title, slot, node.device().id());
		byte[][] input = dialogs.askHex(shell, title, Messages.Ecdh_ask,
				new DeviceDialogs.HexField(Messages.Field_peerKey, new int[] { 64, 65 }, "")); //$NON-NLS-1$
		if (input == null) {
			return null;
		}
		byte[] peer = input[0].length == 65 ? Arrays.copyOfRange(input[0], 1, 65) : input[0];
		return new DeviceJob(title, node.device(), (chip, monitor) -> {
			byte[] secret = chip.ecdh(slot, peer, monitor);
			if (secret.length == 0) {
				String kept = NLS.bind(Messages.Ecdh_kept, slot | 1);
				return new OperationResult(title, kept, kept, null, secret);
			}
			return new OperationResult(title, Messages.Ecdh_message, HexText.lines(secret), null, secret);
		}, false, dialogs, shell);
	}
}
