package io.trustbench.provisioning.ui.internal.inputs;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import io.trustbench.provisioning.core.flow.FlowInput;

/**
 * Builds the control for a flow input in a two-column grid (label, control) with the input's help
 * under it: the options page of any flow, a vendor's too, without UI code of its own.
 */
public final class InputFields {

	private InputFields() {
	}

	public static InputField create(Composite grid, FlowInput input, DeviceChoices devices, Runnable changed) {
		if (input.kind() != FlowInput.Kind.FLAG) {
			new Label(grid, SWT.NONE).setText(input.label() + ':');
		}
		InputField field = switch (input.kind()) {
		case DEVICE -> new DeviceInputField(grid, input, devices, changed);
		case TEXT -> new TextInputField(grid, input, changed, false);
		case SECRET -> new TextInputField(grid, input, changed, true);
		case NUMBER -> new NumberInputField(grid, input, changed);
		case FLAG -> new FlagInputField(grid, input, changed);
		};
		if (input.help() != null && !input.help().isBlank()) {
			new Label(grid, SWT.NONE);
			Label help = new Label(grid, SWT.WRAP);
			help.setText(input.help());
			help.setForeground(grid.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
			GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
			data.widthHint = 380;
			help.setLayoutData(data);
		}
		return field;
	}

	/** Layout and identity shared by every generated control. */
	static <T extends Control> T place(T control, FlowInput input, int horizontalSpan) {
		control.setData(InputField.KEY, input.key());
		control.setToolTipText(input.help());
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.horizontalSpan = horizontalSpan;
		control.setLayoutData(data);
		return control;
	}
}
