package io.trustbench.secureelement.ui.internal.explorer;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import io.trustbench.secureelement.core.DeviceInfo;
import io.trustbench.secureelement.core.LockState;
import io.trustbench.secureelement.core.config.ConfigZone;
import io.trustbench.secureelement.core.config.Property;
import io.trustbench.secureelement.core.config.SlotPermissions;

/**
 * Texts of the tree: a name for each node and a grey qualifier with the decoded facts (kind,
 * serial, revision, locks; a slot's use and size). Kept apart from SWT so tests can read them.
 */
public final class ExplorerLabels {

	private ExplorerLabels() {
	}

	public static String name(Object element) {
		if (element instanceof TransportNode transport) {
			return transport.label();
		}
		if (element instanceof DeviceNode device) {
			return device.model().devices().deviceType(device.descriptor().kind()).map(t -> t.label())
					.orElse(device.descriptor().name());
		}
		if (element instanceof ConfigZoneNode) {
			return Messages.Explorer_configZone;
		}
		if (element instanceof ConfigSlotNode slot) {
			return NLS.bind(Messages.Explorer_slot, slot.slot());
		}
		if (element instanceof ConfigWordNode word) {
			DeviceDetails details = word.device().state().details();
			int value = details == null ? 0 : word.keyConfig() ? details.config().keyConfig(word.slot()).value()
					: details.config().slotConfig(word.slot()).value();
			return String.format("%s 0x%04X", word.keyConfig() ? "KeyConfig" : "SlotConfig", value); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (element instanceof SlotsNode) {
			return Messages.Explorer_slots;
		}
		if (element instanceof SlotNode slot) {
			SlotUse use = slot.use();
			return NLS.bind(Messages.Explorer_slotUse, slot.slot(), use == null ? "" : use.label()); //$NON-NLS-1$
		}
		if (element instanceof MessageNode message) {
			return message.text();
		}
		return String.valueOf(element);
	}

	public static String qualifier(Object element) {
		if (element instanceof TransportNode transport) {
			int count = transport.model().devicesOn(transport).size();
			return transport.model().scanned() ? NLS.bind(Messages.Explorer_kitCount, count) : ""; //$NON-NLS-1$
		}
		if (element instanceof DeviceNode device) {
			return deviceQualifier(device);
		}
		DeviceDetails details = element instanceof ExplorerNode node && node.device() != null
				? node.device().state().details() : null;
		if (details == null) {
			return ""; //$NON-NLS-1$
		}
		if (element instanceof ConfigZoneNode) {
			return details.config().lockState().configLocked() ? Messages.Explorer_locked : Messages.Explorer_unlocked;
		}
		if (element instanceof ConfigSlotNode slot) {
			ConfigZone config = details.config();
			return String.format("SlotConfig 0x%04X · KeyConfig 0x%04X", config.slotConfig(slot.slot()).value(), //$NON-NLS-1$
					config.keyConfig(slot.slot()).value());
		}
		if (element instanceof ConfigWordNode word) {
			SlotPermissions permissions = details.permissions(word.slot());
			List<Property> properties = word.keyConfig() ? permissions.keyConfig().properties()
					: permissions.slotConfig().properties(permissions.holdsPrivateKey());
			return setFlags(properties.subList(1, properties.size()));
		}
		if (element instanceof SlotsNode) {
			return details.config().lockState().dataLocked() ? Messages.Explorer_dataLocked
					: Messages.Explorer_dataUnlocked;
		}
		if (element instanceof SlotNode slot) {
			return slotQualifier(details, slot.slot());
		}
		return ""; //$NON-NLS-1$
	}

	private static String deviceQualifier(DeviceNode device) {
		List<String> parts = new ArrayList<>();
		parts.add(device.id());
		DeviceDetails details = device.state().details();
		if (details != null) {
			DeviceInfo info = details.info();
			parts.add("SN " + info.serialHex()); //$NON-NLS-1$
			parts.add("rev " + info.revisionHex()); //$NON-NLS-1$
			parts.add(shortLocks(info.locks()));
		}
		return String.join(" · ", parts); //$NON-NLS-1$
	}

	/** For the tree row: "locked" (config and data), "config locked", "data locked", "unlocked". */
	static String shortLocks(LockState locks) {
		if (locks.configLocked() && locks.dataLocked()) {
			return Messages.Explorer_locksShortBoth;
		}
		if (locks.configLocked() || locks.dataLocked()) {
			return locks.configLocked() ? Messages.Explorer_locksShortConfig : Messages.Explorer_locksShortData;
		}
		return Messages.Explorer_locksNone;
	}

	/** A tooltip: the full row, and for a device the chip facts one per line. */
	public static String tooltip(Object element) {
		if (element instanceof TransportNode transport) {
			String problem = transport.model().transportProblem(transport);
			return transport.label() + (problem == null ? "" : "\n" + problem); //$NON-NLS-1$ //$NON-NLS-2$
		}
		String qualifier = qualifier(element);
		String text = name(element) + (qualifier.isEmpty() ? "" : "\n" + qualifier); //$NON-NLS-1$ //$NON-NLS-2$
		if (element instanceof DeviceNode device && device.state().details() != null) {
			DeviceInfo info = device.state().details().info();
			text = name(element) + "\n" + NLS.bind(Messages.Explorer_deviceTooltip, new Object[] { device.id(), //$NON-NLS-1$
					info.chipModel(), info.serialHex(), info.revisionHex(), info.firmware(), locks(info.locks()),
					device.descriptor().location() });
		}
		return text;
	}

	/** "config and data locked", "config locked, data unlocked", "unlocked". */
	public static String locks(LockState locks) {
		if (locks.configLocked() && locks.dataLocked()) {
			return Messages.Explorer_locksBoth;
		}
		if (locks.configLocked()) {
			return Messages.Explorer_locksConfig;
		}
		return locks.dataLocked() ? Messages.Explorer_locksData : Messages.Explorer_locksNone;
	}

	private static String slotQualifier(DeviceDetails details, int slot) {
		SlotPermissions p = details.permissions(slot);
		List<String> parts = new ArrayList<>();
		parts.add(NLS.bind(Messages.Explorer_bytes, p.size()));
		switch (details.use(slot)) {
		case PRIVATE_KEY -> {
			List<String> uses = new ArrayList<>();
			if (p.canSignExternal()) {
				uses.add(Messages.Explorer_useSign);
			}
			if (p.slotConfig().internalSignatures()) {
				uses.add(Messages.Explorer_useInternalSign);
			}
			if (p.canEcdh()) {
				uses.add(Messages.Explorer_useEcdh);
			}
			if (p.canGenKey()) {
				uses.add(Messages.Explorer_useGenKey);
			}
			parts.add("P-256" + (uses.isEmpty() ? "" : ": " + String.join(", ", uses))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
		case PUBLIC_KEY -> parts.add("P-256"); //$NON-NLS-1$
		case CERTIFICATE -> parts.add(Messages.Explorer_compressed);
		case SECRET -> parts.add(Messages.Explorer_notReadable);
		case DATA -> {
			if (details.content(slot) == SlotContent.EMPTY) {
				parts.add(Messages.Explorer_empty);
			}
		}
		}
		if (p.writableInClear()) {
			parts.add(Messages.Explorer_writable);
		}
		if (p.slotLocked()) {
			parts.add(Messages.Explorer_slotLocked);
		}
		return String.join(" · ", parts); //$NON-NLS-1$
	}

	/** The flags that are set ("ExtSig, ECDH, GenKey") and the fields that are not zero ("WriteKey 3"). */
	private static String setFlags(List<Property> properties) {
		List<String> set = new ArrayList<>();
		for (Property property : properties) {
			String value = property.value();
			if ("true".equals(value)) { //$NON-NLS-1$
				set.add(property.name());
			} else if (!"false".equals(value) && !"0".equals(value) && !"0x0".equals(value)) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				set.add(property.name() + " " + value); //$NON-NLS-1$
			}
		}
		return String.join(", ", set); //$NON-NLS-1$
	}
}
