package io.trustbench.secureelement.ui.internal.operations;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import io.trustbench.secureelement.ui.internal.explorer.ExplorerNode;

/** Random: 32 bytes from the chip's RNG (a fixed pattern before the config zone is locked). */
public final class RandomHandler extends DeviceHandler {

	@Override
	DeviceJob createJob(ExplorerNode node, DeviceDialogs dialogs, Shell shell) {
		String title = NLS.bind(Messages.Random_title, node.device().id());
		return new DeviceJob(title, node.device(), (chip, monitor) -> {
			byte[] random = chip.random(monitor);
			return new OperationResult(title, Messages.Random_message, HexText.lines(random), null, random);
		}, false, dialogs, shell);
	}
}
