package io.trustbench.secureelement.ui.internal.operations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks for one or more hex values of fixed lengths; OK is enabled only when all of them fit. */
final class HexFieldsDialog extends TitleAreaDialog {

	private final String title;
	private final String message;
	private final DeviceDialogs.HexField[] fields;
	private final List<Text> texts = new ArrayList<>();
	private byte[][] values;

	HexFieldsDialog(Shell parent, String title, String message, DeviceDialogs.HexField[] fields) {
		super(parent);
		this.title = title;
		this.message = message;
		this.fields = fields;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(title);
		setMessage(message);
		getShell().setText(title);
		Composite body = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
		for (DeviceDialogs.HexField field : fields) {
			new Label(body, SWT.NONE).setText(field.label());
			Text text = new Text(body, SWT.BORDER | SWT.MULTI | SWT.WRAP);
			text.setFont(JFaceResources.getTextFont());
			text.setText(field.initial());
			text.setMessage(NLS.bind(Messages.Hex_hint, lengths(field)));
			GridDataFactory.fillDefaults().grab(true, false).hint(520, SWT.DEFAULT).applyTo(text);
			text.addModifyListener(e -> validate());
			texts.add(text);
		}
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		validate();
	}

	private void validate() {
		String problem = null;
		for (int i = 0; i < fields.length && problem == null; i++) {
			problem = problem(fields[i], texts.get(i).getText());
		}
		setErrorMessage(problem);
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
		}
	}

	/** Why a field's text is not acceptable, or null. */
	static String problem(DeviceDialogs.HexField field, String text) {
		byte[] bytes = HexText.parse(text);
		if (bytes == null) {
			return NLS.bind(Messages.Hex_notHex, field.label());
		}
		if (Arrays.stream(field.lengths()).noneMatch(n -> n == bytes.length)) {
			return NLS.bind(Messages.Hex_wrongLength, new Object[] { field.label(), lengths(field), bytes.length });
		}
		return null;
	}

	private static String lengths(DeviceDialogs.HexField field) {
		return Arrays.stream(field.lengths()).mapToObj(Integer::toString).collect(Collectors.joining(" or ")); //$NON-NLS-1$
	}

	@Override
	protected void okPressed() {
		values = texts.stream().map(t -> HexText.parse(t.getText())).toArray(byte[][]::new);
		super.okPressed();
	}

	byte[][] values() {
		return values;
	}

	@Override
	protected boolean isResizable() {
		return true;
	}
}
