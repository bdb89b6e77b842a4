package io.trustbench.secureelement.ui.internal.operations;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import io.trustbench.secureelement.ui.internal.explorer.ExplorerNode;

/**
 * Base of the three lock commands. Locks can never be undone, so the user must type the device
 * id to confirm; then the chip is read again so the tree shows the new lock state.
 */
abstract class LockHandler extends DeviceHandler {

	@Override
	final DeviceJob createJob(ExplorerNode node, DeviceDialogs dialogs, Shell shell) {
		String id = node.device().id();
		String what = what(node);
		if (what == null) {
			return null;
		}
		String title = NLS.bind(Messages.Lock_title, what, id);
		if (!dialogs.confirmIrreversible(shell, title, NLS.bind(Messages.Lock_confirm, what, id), id)) {
			return null;
		}
		return new DeviceJob(title, node.device(), (chip, monitor) -> {
			lock(node, chip, monitor);
			String done = NLS.bind(Messages.Lock_done, what, id);
			return new OperationResult(title, done, done, null, null);
		}, true, dialogs, shell);
	}

	/** What is locked, for the messages ("the config zone"), or null if the node does not fit. */
	abstract String what(ExplorerNode node);

	abstract void lock(ExplorerNode node, io.trustbench.secureelement.core.SecureElement chip,
			org.eclipse.core.runtime.IProgressMonitor monitor) throws io.trustbench.secureelement.core.SecureElementException;
}
