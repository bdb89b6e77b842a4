package io.trustbench.provisioning.ui.internal.inputs;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

import io.trustbench.provisioning.core.flow.FlowInput;

/** A yes/no input: a check box spanning the grid, its label beside it. */
final class FlagInputField implements InputField {

	private final FlowInput input;
	private final Button check;

	FlagInputField(Composite grid, FlowInput input, Runnable changed) {
		this.input = input;
		check = InputFields.place(new Button(grid, SWT.CHECK), input, 2);
		check.setText(input.label());
		check.setSelection(Boolean.parseBoolean(input.defaultValue()));
		check.addListener(SWT.Selection, e -> changed.run());
	}

	@Override
	public FlowInput input() {
		return input;
	}

	@Override
	public String value() {
		return Boolean.toString(check.getSelection());
	}

	@Override
	public String problem() {
		return null;
	}
}
