package io.trustbench.secureelement.ui.internal.operations;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The confirmation for locks: a warning and a field where the device id must be typed before the
 * (non-default) Lock button works, so Enter or a stray click cannot lock a chip for ever.
 */
final class IrreversibleConfirmDialog extends TitleAreaDialog {

	private final String title;
	private final String message;
	private final String phrase;
	private Text typed;

	IrreversibleConfirmDialog(Shell parent, String title, String message, String phrase) {
		super(parent);
		this.title = title;
		this.message = message;
		this.phrase = phrase;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(title);
		setMessage(Messages.Lock_irreversible, org.eclipse.jface.dialogs.IMessageProvider.WARNING);
		getShell().setText(title);
		Composite body = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		GridLayoutFactory.swtDefaults().applyTo(body);
		Label text = new Label(body, SWT.WRAP);
		text.setText(message);
		GridDataFactory.fillDefaults().grab(true, false).hint(480, SWT.DEFAULT).applyTo(text);
		new Label(body, SWT.NONE).setText(NLS.bind(Messages.Lock_typeId, phrase));
		typed = new Text(body, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(typed);
		typed.addModifyListener(e -> getButton(IDialogConstants.OK_ID).setEnabled(phrase.equals(typed.getText().trim())));
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.Button_lock, false).setEnabled(false);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, true);
	}
}
