package io.trustbench.secureelement.ui.internal.properties;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.trustbench.core.Hex;
import io.trustbench.secureelement.core.DeviceDescriptor;
import io.trustbench.secureelement.core.DeviceInfo;
import io.trustbench.secureelement.core.LockState;
import io.trustbench.secureelement.core.config.ConfigZone;
import io.trustbench.secureelement.core.config.Property;
import io.trustbench.secureelement.core.config.SlotPermissions;
import io.trustbench.secureelement.ui.internal.explorer.ConfigSlotNode;
import io.trustbench.secureelement.ui.internal.explorer.ConfigWordNode;
import io.trustbench.secureelement.ui.internal.explorer.ConfigZoneNode;
import io.trustbench.secureelement.ui.internal.explorer.DeviceDetails;
import io.trustbench.secureelement.ui.internal.explorer.DeviceNode;
import io.trustbench.secureelement.ui.internal.explorer.DeviceState;
import io.trustbench.secureelement.ui.internal.explorer.ExplorerLabels;
import io.trustbench.secureelement.ui.internal.explorer.ExplorerNode;
import io.trustbench.secureelement.ui.internal.explorer.MessageNode;
import io.trustbench.secureelement.ui.internal.explorer.SlotNode;
import io.trustbench.secureelement.ui.internal.explorer.SlotsNode;
import io.trustbench.secureelement.ui.internal.explorer.TransportNode;

/**
 * The decoded fields of each kind of node, by category: kit and chip facts for a device,
 * chip-wide config fields for the configuration zone, and for a slot its use plus every SlotConfig
 * and KeyConfig bit by its datasheet name (the decoders of the core, so the CLI's
 * {@code device config --json} and this view always agree).
 */
public final class NodeProperties {

	static final String KIT = Messages.Category_kit;
	static final String CHIP = Messages.Category_chip;
	static final String LOCKS = Messages.Category_locks;
	static final String TRANSPORT = Messages.Category_transport;
	static final String CONFIG = Messages.Category_config;
	static final String RAW = Messages.Category_raw;
	static final String SLOT = Messages.Category_slot;
	public static final String SLOT_CONFIG = "SlotConfig"; //$NON-NLS-1$
	public static final String KEY_CONFIG = "KeyConfig"; //$NON-NLS-1$

	private NodeProperties() {
	}

	public static List<PropertyRow> of(ExplorerNode node) {
		List<PropertyRow> rows = new ArrayList<>();
		if (node instanceof TransportNode transport) {
			transport(transport, rows);
			return rows;
		}
		if (node instanceof MessageNode message) {
			rows.add(new PropertyRow(Messages.Category_status, Messages.Field_message, message.text()));
			return rows;
		}
		DeviceNode device = node.device();
		DeviceState state = device.state();
		DeviceDetails details = state.details();
		if (node instanceof DeviceNode) {
			device(device, details, rows);
			if (state.error() != null) {
				rows.add(new PropertyRow(Messages.Category_status, Messages.Field_error, state.error()));
			}
			return rows;
		}
		if (details == null) {
			return rows;
		}
		if (node instanceof ConfigZoneNode) {
			configZone(details.config(), rows);
		} else if (node instanceof ConfigSlotNode slot) {
			SlotPermissions p = details.permissions(slot.slot());
			add(rows, SLOT_CONFIG, p.slotConfig().properties(p.holdsPrivateKey()));
			add(rows, KEY_CONFIG, p.keyConfig().properties());
		} else if (node instanceof ConfigWordNode word) {
			SlotPermissions p = details.permissions(word.slot());
			if (word.keyConfig()) {
				add(rows, KEY_CONFIG, p.keyConfig().properties());
			} else {
				add(rows, SLOT_CONFIG, p.slotConfig().properties(p.holdsPrivateKey()));
			}
		} else if (node instanceof SlotsNode) {
			LockState locks = details.config().lockState();
			rows.add(new PropertyRow(LOCKS, Messages.Field_dataZone, locked(locks.dataLocked())));
			rows.add(new PropertyRow(LOCKS, Messages.Field_slotLocked, String.format("0x%04X", locks.slotLockedBits()))); //$NON-NLS-1$
		} else if (node instanceof SlotNode slot) {
			slot(details, slot.slot(), rows);
		}
		return rows;
	}

	private static void transport(TransportNode transport, List<PropertyRow> rows) {
		rows.add(new PropertyRow(TRANSPORT, Messages.Field_id, transport.id()));
		rows.add(new PropertyRow(TRANSPORT, Messages.Field_name, transport.label()));
		rows.add(new PropertyRow(TRANSPORT, Messages.Field_kits,
				Integer.toString(transport.model().devicesOn(transport).size())));
		String problem = transport.model().transportProblem(transport);
		if (problem != null) {
			rows.add(new PropertyRow(Messages.Category_status, Messages.Field_error, problem));
		}
	}

	private static void device(DeviceNode device, DeviceDetails details, List<PropertyRow> rows) {
		DeviceDescriptor d = device.descriptor();
		rows.add(new PropertyRow(KIT, Messages.Field_id, d.id()));
		rows.add(new PropertyRow(KIT, Messages.Field_kind, ExplorerLabels.name(device) + " (" + d.kind() + ")")); //$NON-NLS-1$ //$NON-NLS-2$
		rows.add(new PropertyRow(KIT, Messages.Field_transport, d.transport()));
		rows.add(new PropertyRow(KIT, Messages.Field_name, d.name()));
		rows.add(new PropertyRow(KIT, Messages.Field_location, d.location()));
		if (details == null) {
			return;
		}
		DeviceInfo info = details.info();
		rows.add(new PropertyRow(KIT, Messages.Field_firmware, info.firmware()));
		rows.add(new PropertyRow(CHIP, Messages.Field_model, info.chipModel()));
		rows.add(new PropertyRow(CHIP, Messages.Field_serial, info.serialHex()));
		rows.add(new PropertyRow(CHIP, Messages.Field_revision, info.revisionHex()));
		LockState locks = info.locks();
		rows.add(new PropertyRow(LOCKS, Messages.Field_configZone, locked(locks.configLocked())));
		rows.add(new PropertyRow(LOCKS, Messages.Field_dataZone, locked(locks.dataLocked())));
		List<String> lockedSlots = new ArrayList<>();
		for (int slot = 0; slot < 16; slot++) {
			if (locks.slotLocked(slot)) {
				lockedSlots.add(Integer.toString(slot));
			}
		}
		rows.add(new PropertyRow(LOCKS, Messages.Field_lockedSlots,
				lockedSlots.isEmpty() ? Messages.Value_none : String.join(", ", lockedSlots))); //$NON-NLS-1$
	}

	private static void configZone(ConfigZone config, List<PropertyRow> rows) {
		add(rows, CONFIG, config.properties());
		byte[] bytes = config.bytes();
		for (int row = 0; row < ConfigZone.SIZE; row += 16) {
			rows.add(new PropertyRow(RAW, String.format("%03d", row), //$NON-NLS-1$
					Hex.encodeUpper(Arrays.copyOfRange(bytes, row, row + 16))));
		}
	}

	private static void slot(DeviceDetails details, int slot, List<PropertyRow> rows) {
		SlotPermissions p = details.permissions(slot);
		List<Property> properties = p.properties();
		for (Property property : properties.subList(0, 6)) { // Slot, Size, Use, Locked, Readable, Writable
			rows.add(new PropertyRow(SLOT, property.name(), property.value()));
		}
		rows.add(new PropertyRow(SLOT, Messages.Field_kind, details.use(slot).label()));
		rows.add(new PropertyRow(SLOT, Messages.Field_content, details.content(slot).name().toLowerCase().replace('_', ' ')));
		rows.add(new PropertyRow(SLOT, "GenKey", Boolean.toString(p.canGenKey()))); //$NON-NLS-1$
		rows.add(new PropertyRow(SLOT, "Sign", Boolean.toString(p.canSignExternal()))); //$NON-NLS-1$
		rows.add(new PropertyRow(SLOT, "ECDH", Boolean.toString(p.canEcdh()))); //$NON-NLS-1$
		add(rows, SLOT_CONFIG, p.slotConfig().properties(p.holdsPrivateKey()));
		add(rows, KEY_CONFIG, p.keyConfig().properties());
	}

	private static void add(List<PropertyRow> rows, String category, List<Property> properties) {
		for (Property property : properties) {
			rows.add(new PropertyRow(category, property.name(), property.value()));
		}
	}

	private static String locked(boolean locked) {
		return locked ? Messages.Value_locked : Messages.Value_unlocked;
	}
}
