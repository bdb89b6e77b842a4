package io.trustbench.provisioning.ui.internal.inputs;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import io.trustbench.provisioning.core.flow.FlowInput;

/**
 * A text input, or a secret one: masked, never prefilled and never saved (the value lives in the
 * widget and the run's options only).
 */
final class TextInputField implements InputField {

	private final FlowInput input;
	private final Text text;
	private final boolean secret;

	TextInputField(Composite grid, FlowInput input, Runnable changed, boolean secret) {
		this.input = input;
		this.secret = secret;
		text = InputFields.place(new Text(grid, SWT.BORDER | SWT.SINGLE | (secret ? SWT.PASSWORD : 0)), input, 1);
		if (!secret && input.defaultValue() != null) {
			text.setText(input.defaultValue());
		}
		if (secret) {
			text.setMessage(Messages.Secret_hint);
		}
		text.addModifyListener(e -> changed.run());
	}

	@Override
	public FlowInput input() {
		return input;
	}

	@Override
	public String value() {
		String value = secret ? text.getText() : text.getText().trim();
		return value.isEmpty() ? null : value;
	}

	@Override
	public String problem() {
		// A default means the flow expects a value: clearing it is a mistake, not "use the default".
		if (!secret && input.defaultValue() != null && text.getText().isBlank()) {
			return NLS.bind(Messages.Text_empty, input.label());
		}
		if (!secret && text.getText().contains("\n")) {
			return NLS.bind(Messages.Text_oneLine, input.label());
		}
		return null;
	}
}
