package io.trustbench.secureelement.ui.internal.explorer;

import java.util.Map;

import io.trustbench.secureelement.core.DeviceInfo;
import io.trustbench.secureelement.core.config.ConfigZone;
import io.trustbench.secureelement.core.config.SlotPermissions;

/** Everything read from one chip for the tree and the Properties view: info, config zone, slot contents. */
public record DeviceDetails(DeviceInfo info, ConfigZone config, Map<Integer, SlotContent> contents) {

	public DeviceDetails {
		contents = Map.copyOf(contents);
	}

	public SlotPermissions permissions(int slot) {
		return config.permissions(slot);
	}

	public SlotContent content(int slot) {
		return contents.getOrDefault(slot, SlotContent.NOT_READ);
	}

	public SlotUse use(int slot) {
		return SlotUse.of(permissions(slot), content(slot));
	}
}
