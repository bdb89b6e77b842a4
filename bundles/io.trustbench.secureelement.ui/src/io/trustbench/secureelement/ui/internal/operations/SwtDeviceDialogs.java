package io.trustbench.secureelement.ui.internal.operations;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.statushandlers.IStatusAdapterConstants;
import org.eclipse.ui.statushandlers.StatusAdapter;
import org.eclipse.ui.statushandlers.StatusManager;

/** The workbench's {@link DeviceDialogs}: JFace dialogs, the status manager and the system clipboard. */
final class SwtDeviceDialogs implements DeviceDialogs {

	@Override
	public byte[][] askHex(Shell shell, String title, String message, HexField... fields) {
		HexFieldsDialog dialog = new HexFieldsDialog(shell, title, message, fields);
		return dialog.open() == Window.OK ? dialog.values() : null;
	}

	@Override
	public boolean confirm(Shell shell, String title, String message) {
		return MessageDialog.open(MessageDialog.WARNING, shell, title, message, 0, Messages.Button_continue,
				Messages.Button_cancel) == 0;
	}

	@Override
	public boolean confirmIrreversible(Shell shell, String title, String message, String phrase) {
		return new IrreversibleConfirmDialog(shell, title, message, phrase).open() == Window.OK;
	}

	@Override
	public void showResult(Shell shell, OperationResult result) {
		new ResultDialog(shell, result, this).open();
	}

	@Override
	public void showError(Shell shell, String title, IStatus status) {
		StatusAdapter adapter = new StatusAdapter(status);
		adapter.setProperty(IStatusAdapterConstants.TITLE_PROPERTY, title);
		StatusManager.getManager().handle(adapter, StatusManager.SHOW);
	}

	@Override
	public void copyToClipboard(Shell shell, String text) {
		Display display = shell != null ? shell.getDisplay() : Display.getCurrent();
		Clipboard clipboard = new Clipboard(display);
		try {
			clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
	}
}
