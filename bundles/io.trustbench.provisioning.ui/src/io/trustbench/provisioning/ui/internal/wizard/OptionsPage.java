package io.trustbench.provisioning.ui.internal.wizard;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import io.trustbench.provisioning.core.flow.Flow;
import io.trustbench.provisioning.core.flow.FlowInput;
import io.trustbench.provisioning.core.flow.FlowRunner;
import io.trustbench.provisioning.ui.internal.inputs.DeviceChoices;
import io.trustbench.provisioning.ui.internal.inputs.InputField;
import io.trustbench.provisioning.ui.internal.inputs.InputFields;

/**
 * Generated from the flow's {@link FlowInput}s: device choices of the right type, text, masked
 * secrets, numbers and flags, validated as they change. Rebuilt when another flow is chosen.
 */
final class OptionsPage extends WizardPage {

	private final FlowWizardModel model;
	private final DeviceChoices devices;
	private final List<InputField> fields = new ArrayList<>();
	private Composite grid;
	private Object builtFor;

	OptionsPage(FlowWizardModel model, DeviceChoices devices) {
		super("options");
		this.model = model;
		this.devices = devices;
		setTitle(Messages.Options_title);
		setDescription(Messages.Options_description);
	}

	@Override
	public void createControl(Composite parent) {
		grid = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(grid);
		setControl(grid);
		build();
	}

	@Override
	public void setVisible(boolean visible) {
		if (visible) {
			build();
		}
		super.setVisible(visible);
	}

	private void build() {
		if (model.descriptor() == null || builtFor == model.descriptor()) {
			return;
		}
		builtFor = model.descriptor();
		for (Control child : grid.getChildren()) {
			child.dispose();
		}
		fields.clear();
		List<FlowInput> inputs;
		try {
			Flow flow = model.flow();
			inputs = flow.inputs();
		} catch (Exception | LinkageError e) {
			setErrorMessage(NLS.bind(Messages.Intro_broken, model.descriptor().label(), FlowRunner.oneLine(e)));
			setPageComplete(false);
			return;
		}
		if (inputs.isEmpty()) {
			Label none = new Label(grid, SWT.WRAP);
			none.setText(Messages.Options_none);
			GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(none);
		}
		for (FlowInput input : inputs) {
			fields.add(InputFields.create(grid, input, devices, this::validate));
		}
		grid.layout(true, true);
		validate();
	}

	/** Pushes every value to the model and shows the first problem. */
	private void validate() {
		String problem = null;
		boolean loading = false;
		for (InputField field : fields) {
			model.setOption(field.input().key(), field.value());
			loading |= field.loading();
			if (problem == null) {
				problem = field.problem();
			}
		}
		setErrorMessage(problem);
		setMessage(loading ? Messages.Options_loading : null, IMessageProvider.INFORMATION);
		setPageComplete(problem == null && !loading);
	}
}
