package io.trustbench.secureelement.ui.internal.operations;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Shows an operation's result as selectable monospace text with Copy (and Copy as PEM for keys). */
final class ResultDialog extends Dialog {

	private static final int COPY_ID = IDialogConstants.CLIENT_ID + 1;
	private static final int COPY_PEM_ID = IDialogConstants.CLIENT_ID + 2;

	private final OperationResult result;
	private final DeviceDialogs dialogs;

	ResultDialog(Shell parent, OperationResult result, DeviceDialogs dialogs) {
		super(parent);
		this.result = result;
		this.dialogs = dialogs;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(result.title());
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().applyTo(area);
		new Label(area, SWT.WRAP).setText(result.message());
		Text text = new Text(area, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
		text.setFont(JFaceResources.getTextFont());
		text.setText(result.text());
		GridDataFactory.fillDefaults().grab(true, true).hint(620, Math.min(420, 24 + 18 * (int) result.text().lines().count()))
				.applyTo(text);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, COPY_ID, Messages.Button_copy, false);
		if (result.pem() != null) {
			createButton(parent, COPY_PEM_ID, Messages.Button_copyPem, false);
		}
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == COPY_ID) {
			dialogs.copyToClipboard(getShell(), result.text());
		} else if (buttonId == COPY_PEM_ID) {
			dialogs.copyToClipboard(getShell(), result.pem());
		} else {
			super.buttonPressed(buttonId);
		}
	}

	@Override
	protected boolean isResizable() {
		return true;
	}
}
