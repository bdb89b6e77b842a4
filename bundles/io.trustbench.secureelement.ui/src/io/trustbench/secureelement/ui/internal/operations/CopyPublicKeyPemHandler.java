package io.trustbench.secureelement.ui.internal.operations;

import org.eclipse.swt.widgets.Shell;

import io.trustbench.secureelement.ui.internal.explorer.ExplorerNode;

/** Copy Public Key as PEM: the slot's public key straight to the clipboard. */
public final class CopyPublicKeyPemHandler extends SlotHandler {

	@Override
	DeviceJob createJob(ExplorerNode node, int slot, DeviceDialogs dialogs, Shell shell) {
		return PublicKeyHandler.job(node, slot, dialogs, shell).copyingPem();
	}
}
