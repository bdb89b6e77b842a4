package io.trustbench.provisioning.ui.internal.inputs;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Spinner;

import io.trustbench.provisioning.core.flow.FlowInput;

/** A whole number, as the CLI accepts it (up to six digits). */
final class NumberInputField implements InputField {

	static final int MAXIMUM = 999_999;

	private final FlowInput input;
	private final Spinner spinner;

	NumberInputField(Composite grid, FlowInput input, Runnable changed) {
		this.input = input;
		spinner = InputFields.place(new Spinner(grid, SWT.BORDER), input, 1);
		spinner.setMinimum(0);
		spinner.setMaximum(MAXIMUM);
		spinner.setSelection(parse(input.defaultValue()));
		spinner.addModifyListener(e -> changed.run());
	}

	private static int parse(String value) {
		try {
			return value == null ? 0 : Math.max(0, Math.min(MAXIMUM, Integer.parseInt(value.trim())));
		} catch (NumberFormatException e) {
			return 0;
		}
	}

	@Override
	public FlowInput input() {
		return input;
	}

	@Override
	public String value() {
		return Integer.toString(spinner.getSelection());
	}

	@Override
	public String problem() {
		// The spinner keeps its last valid number while the text being typed is not one.
		return spinner.getText().matches("\\d{1,6}") ? null
				: org.eclipse.osgi.util.NLS.bind(Messages.Number_invalid, input.label());
	}
}
