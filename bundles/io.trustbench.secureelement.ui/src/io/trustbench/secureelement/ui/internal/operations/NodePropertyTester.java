package io.trustbench.secureelement.ui.internal.operations;

import org.eclipse.core.expressions.PropertyTester;

import io.trustbench.secureelement.core.LockState;
import io.trustbench.secureelement.core.config.KeyConfig;
import io.trustbench.secureelement.core.config.SlotPermissions;
import io.trustbench.secureelement.ui.internal.explorer.DeviceDetails;
import io.trustbench.secureelement.ui.internal.explorer.ExplorerNode;

/**
 * Enables each command only where the chip would allow it, from the decoded config the tree has
 * already read: Sign on slots with ExtSig, ECDH where ECDH is allowed, GenKey where the key may be
 * replaced, Lock Slot on Lockable unlocked slots, and so on. (Read Slot stays enabled on key slots
 * on purpose: the refusal says why.)
 */
public final class NodePropertyTester extends PropertyTester {

	@Override
	public boolean test(Object receiver, String property, Object[] args, Object expectedValue) {
		if (!(receiver instanceof ExplorerNode node) || node.device() == null) {
			return false;
		}
		if ("hasDevice".equals(property)) { //$NON-NLS-1$
			return true;
		}
		DeviceDetails details = node.device().state().details();
		if (details == null) {
			return false;
		}
		LockState locks = details.config().lockState();
		switch (property) {
		case "canLockConfig": //$NON-NLS-1$
			return !locks.configLocked();
		case "canLockData": //$NON-NLS-1$
			return locks.configLocked() && !locks.dataLocked();
		default:
			break;
		}
		int slot = SlotHandler.slotOf(node);
		if (slot < 0) {
			return false;
		}
		SlotPermissions p = details.permissions(slot);
		return switch (property) {
		case "isSlot" -> true; //$NON-NLS-1$
		case "hasPublicKey" -> p.holdsPrivateKey() || p.keyConfig().keyType() == KeyConfig.KEY_TYPE_P256; //$NON-NLS-1$
		case "canSign" -> p.canSignExternal(); //$NON-NLS-1$
		case "canEcdh" -> p.canEcdh(); //$NON-NLS-1$
		case "canGenKey" -> p.canGenKey(); //$NON-NLS-1$
		case "canLockSlot" -> p.keyConfig().lockable() && !p.slotLocked() && locks.dataLocked(); //$NON-NLS-1$
		default -> false;
		};
	}
}
