package io.trustbench.secureelement.core.config;

import java.util.ArrayList;
import java.util.List;

/**
 * What a slot allows, decided from SlotConfig, KeyConfig and the lock state. The emulator
 * enforces these rules on packets; the host API uses them to refuse a request before sending
 * it (e.g. reading a private key), so the user gets a clear message rather than a status byte.
 */
public record SlotPermissions(int slot, int size, SlotConfig slotConfig, KeyConfig keyConfig, boolean slotLocked,
		boolean dataLocked) {

	/** Size in bytes of a data slot: 36 for 0–7, 416 for 8, 72 for 9–15. */
	public static int slotSize(int slot) {
		if (slot < 0 || slot > 15) {
			throw new IllegalArgumentException("slot must be 0..15, not " + slot);
		}
		return slot < 8 ? 36 : slot == 8 ? 416 : 72;
	}

	/** A P-256 private key: never readable by anyone. */
	public boolean holdsPrivateKey() {
		return keyConfig.isEccPrivateKey();
	}

	/** Clear-text Read is possible after data lock (not secret, not a private key). */
	public boolean readableInClear() {
		return !holdsPrivateKey() && !slotConfig.isSecret() && !slotConfig.encryptRead();
	}

	/** Clear-text Write is possible now. Before data lock every non-private slot is writable. */
	public boolean writableInClear() {
		if (holdsPrivateKey() || slotLocked) {
			return false;
		}
		if (!dataLocked) {
			return true;
		}
		return "Always".equals(slotConfig.writeMode());
	}

	public boolean canGenKey() {
		return holdsPrivateKey() && !slotLocked && (!dataLocked || slotConfig.genKeyAllowed());
	}

	public boolean canSignExternal() {
		return holdsPrivateKey() && slotConfig.externalSignatures();
	}

	public boolean canEcdh() {
		return holdsPrivateKey() && slotConfig.ecdhAllowed();
	}

	/** A short human description: "P-256 private key (sign, ECDH)", "data, readable". */
	public String summary() {
		if (holdsPrivateKey()) {
			List<String> uses = new ArrayList<>();
			if (slotConfig.externalSignatures()) {
				uses.add("sign");
			}
			if (slotConfig.internalSignatures()) {
				uses.add("internal sign");
			}
			if (slotConfig.ecdhAllowed()) {
				uses.add("ECDH");
			}
			if (canGenKey()) {
				uses.add("GenKey");
			}
			return "P-256 private key" + (uses.isEmpty() ? "" : " (" + String.join(", ", uses) + ")");
		}
		String what = keyConfig.keyType() == KeyConfig.KEY_TYPE_P256 ? "P-256 public key / data" : "data";
		return what + (readableInClear() ? ", readable" : ", secret") + (writableInClear() ? ", writable" : "");
	}

	/** Decoded permissions as name/value pairs (for the UI property sheet and {@code device config}). */
	public List<Property> properties() {
		List<Property> list = new ArrayList<>();
		list.add(new Property("Slot", Integer.toString(slot)));
		list.add(new Property("Size", Integer.toString(size)));
		list.add(new Property("Use", summary()));
		list.add(new Property("Locked", Boolean.toString(slotLocked)));
		list.add(new Property("Readable", Boolean.toString(readableInClear())));
		list.add(new Property("Writable", Boolean.toString(writableInClear())));
		list.addAll(slotConfig.properties(holdsPrivateKey()));
		list.addAll(keyConfig.properties());
		return list;
	}
}
