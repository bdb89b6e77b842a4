package io.trustbench.secureelement.core;

/**
 * Lock state read from config bytes 86–89: LockValue (data+OTP), LockConfig and SlotLocked
 * (bit n clear = slot n locked).
 */
public record LockState(boolean configLocked, boolean dataLocked, int slotLockedBits) {

	public boolean slotLocked(int slot) {
		return (slotLockedBits & (1 << slot)) == 0;
	}

	public static LockState fromConfig(byte[] config) {
		boolean data = (config[86] & 0xFF) != 0x55;
		boolean conf = (config[87] & 0xFF) != 0x55;
		int bits = (config[88] & 0xFF) | (config[89] & 0xFF) << 8;
		return new LockState(conf, data, bits);
	}
}
