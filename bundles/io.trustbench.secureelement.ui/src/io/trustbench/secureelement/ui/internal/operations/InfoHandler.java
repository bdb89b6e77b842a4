package io.trustbench.secureelement.ui.internal.operations;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import io.trustbench.secureelement.core.DeviceInfo;
import io.trustbench.secureelement.ui.internal.explorer.ExplorerLabels;
import io.trustbench.secureelement.ui.internal.explorer.ExplorerNode;

/** Device Info: kit, firmware, chip model, serial, revision and locks, read afresh. */
public final class InfoHandler extends DeviceHandler {

	@Override
	DeviceJob createJob(ExplorerNode node, DeviceDialogs dialogs, Shell shell) {
		String title = NLS.bind(Messages.Info_title, node.device().id());
		String kind = ExplorerLabels.name(node.device());
		return new DeviceJob(title, node.device(), (chip, monitor) -> {
			DeviceInfo info = chip.info(monitor);
			String text = String.join("\n", //$NON-NLS-1$
					row(Messages.Info_kit, info.descriptor().id() + " (" + kind + ")"), //$NON-NLS-1$ //$NON-NLS-2$
					row(Messages.Info_transport, info.descriptor().transport() + " " + info.descriptor().location()), //$NON-NLS-1$
					row(Messages.Info_firmware, info.firmware()),
					row(Messages.Info_chip, info.chipModel()),
					row(Messages.Info_serial, info.serialHex()),
					row(Messages.Info_revision, info.revisionHex()),
					row(Messages.Info_locks, ExplorerLabels.locks(info.locks())));
			return new OperationResult(title, Messages.Info_message, text, null, info.serial());
		}, false, dialogs, shell);
	}

	private static String row(String name, String value) {
		return String.format("%-10s %s", name, value); //$NON-NLS-1$
	}
}
