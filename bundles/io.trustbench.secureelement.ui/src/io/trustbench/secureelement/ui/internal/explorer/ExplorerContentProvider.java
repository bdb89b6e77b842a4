package io.trustbench.secureelement.ui.internal.explorer;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;

/**
 * Transports → devices → "Configuration zone" (per-slot SlotConfig/KeyConfig) and "Slots 0–15".
 * Never talks to a device: a device's children come from its {@link DeviceState}, and the first
 * look at them starts the job that reads the chip.
 */
final class ExplorerContentProvider implements ITreeContentProvider {

	private static final int SLOTS = 16;

	@Override
	public Object[] getElements(Object input) {
		return input instanceof ExplorerModel model ? model.transports().toArray() : new Object[0];
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof TransportNode transport) {
			return transportChildren(transport);
		}
		if (parent instanceof DeviceNode device) {
			return deviceChildren(device);
		}
		if (parent instanceof ConfigZoneNode zone) {
			return range(slot -> new ConfigSlotNode(zone, slot));
		}
		if (parent instanceof ConfigSlotNode slot) {
			return new Object[] { new ConfigWordNode(slot, false), new ConfigWordNode(slot, true) };
		}
		if (parent instanceof SlotsNode slots) {
			return range(slot -> new SlotNode(slots, slot));
		}
		return new Object[0];
	}

	private static Object[] transportChildren(TransportNode transport) {
		ExplorerModel model = transport.model();
		List<DeviceNode> devices = model.devicesOn(transport);
		if (!devices.isEmpty()) {
			return devices.toArray();
		}
		if (!model.scanned()) {
			return new Object[] { new MessageNode(transport, Messages.Explorer_scanning, MessageNode.Kind.PENDING) };
		}
		String problem = model.transportProblem(transport);
		return new Object[] { problem != null ? new MessageNode(transport, problem, MessageNode.Kind.ERROR)
				: new MessageNode(transport, Messages.Explorer_noKits, MessageNode.Kind.INFO) };
	}

	private static Object[] deviceChildren(DeviceNode device) {
		DeviceState state = device.state();
		return switch (state.phase()) {
		case NOT_READ -> {
			device.model().readIfNeeded(device);
			yield new Object[] { new MessageNode(device, Messages.Explorer_reading, MessageNode.Kind.PENDING) };
		}
		case READING -> new Object[] { new MessageNode(device, Messages.Explorer_reading, MessageNode.Kind.PENDING) };
		case FAILED -> new Object[] { new MessageNode(device, state.error(), MessageNode.Kind.ERROR) };
		case READ -> new Object[] { new ConfigZoneNode(device), new SlotsNode(device) };
		};
	}

	private static Object[] range(java.util.function.IntFunction<ExplorerNode> node) {
		List<ExplorerNode> nodes = new ArrayList<>(SLOTS);
		for (int slot = 0; slot < SLOTS; slot++) {
			nodes.add(node.apply(slot));
		}
		return nodes.toArray();
	}

	@Override
	public Object getParent(Object element) {
		return element instanceof ExplorerNode node ? node.parent() : null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return element instanceof TransportNode || element instanceof DeviceNode || element instanceof ConfigZoneNode
				|| element instanceof ConfigSlotNode || element instanceof SlotsNode;
	}
}
