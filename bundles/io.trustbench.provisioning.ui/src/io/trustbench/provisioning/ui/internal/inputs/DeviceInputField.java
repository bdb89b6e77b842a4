package io.trustbench.provisioning.ui.internal.inputs;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;

import io.trustbench.provisioning.core.flow.FlowInput;
import io.trustbench.secureelement.core.DeviceDescriptor;

/**
 * A kit of the input's device type (Signer kits for a signer, things for a thing). An input
 * without a default may stay "automatic": the flow then decides (e.g. the root kit, only needed
 * when the PKI does not exist yet).
 */
final class DeviceInputField implements InputField {

	private final FlowInput input;
	private final DeviceChoices devices;
	private final Combo combo;
	private final List<String> ids = new ArrayList<>();
	private boolean loaded;

	DeviceInputField(Composite grid, FlowInput input, DeviceChoices devices, Runnable changed) {
		this.input = input;
		this.devices = devices;
		combo = InputFields.place(new Combo(grid, SWT.READ_ONLY | SWT.DROP_DOWN), input, 1);
		combo.setItems(Messages.Devices_looking);
		combo.select(0);
		combo.addListener(SWT.Selection, e -> changed.run());
		devices.whenLoaded(grid.getDisplay(), () -> {
			if (!combo.isDisposed()) {
				fill();
				changed.run();
			}
		});
	}

	private void fill() {
		loaded = true;
		List<String> items = new ArrayList<>();
		ids.clear();
		if (input.defaultValue() == null) {
			items.add(Messages.Devices_automatic);
			ids.add(null);
		}
		for (DeviceDescriptor device : devices.ofType(input.deviceType()).orElse(List.of())) {
			items.add(device.id() + " — " + device.name() + " (" + device.transport() + ")");
			ids.add(device.id());
		}
		combo.setItems(items.toArray(String[]::new));
		int preferred = ids.indexOf(devices.preferred()) >= 0 ? ids.indexOf(devices.preferred()) : ids.indexOf(input.defaultValue());
		if (items.isEmpty()) {
			combo.setItems(NLS.bind(Messages.Devices_none, devices.typeLabel(input.deviceType())));
			ids.add(null);
		}
		combo.select(Math.max(preferred, 0));
	}

	@Override
	public FlowInput input() {
		return input;
	}

	@Override
	public String value() {
		int index = combo.getSelectionIndex();
		return loaded && index >= 0 && index < ids.size() ? ids.get(index) : null;
	}

	@Override
	public boolean loading() {
		return !loaded;
	}

	@Override
	public String problem() {
		if (loaded && input.defaultValue() != null && value() == null) {
			return NLS.bind(Messages.Devices_missing, input.label(), devices.typeLabel(input.deviceType()));
		}
		return null;
	}
}
