package io.trustbench.awsiot.ui.internal;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.statushandlers.StatusManager;

/** How the view asks and tells: confirmation of destructive actions, errors. Tests record instead. */
public interface ConsoleDialogs {

	boolean confirm(Shell shell, String title, String question);

	void showError(IStatus status);

	/** The workbench's dialogs: a question box, and the error dialog of the status manager (also logged). */
	ConsoleDialogs SWT = new ConsoleDialogs() {
		@Override
		public boolean confirm(Shell shell, String title, String question) {
			return MessageDialog.openConfirm(shell, title, question);
		}

		@Override
		public void showError(IStatus status) {
			StatusManager.getManager().handle(status, StatusManager.SHOW | StatusManager.LOG);
		}
	};
}
