package io.trustbench.secureelement.ui.internal.explorer;

import io.trustbench.secureelement.core.config.SlotPermissions;

/** One data slot with its decoded use (private key, public key, certificate, data) and size. */
public record SlotNode(SlotsNode parent, int slot) implements ExplorerNode {

	/** The slot's permissions, or null while the device has not been read. */
	public SlotPermissions permissions() {
		DeviceDetails details = device().state().details();
		return details == null ? null : details.config().permissions(slot);
	}

	/** The slot's use, or null while the device has not been read. */
	public SlotUse use() {
		DeviceDetails details = device().state().details();
		return details == null ? null : details.use(slot);
	}
}
