package io.trustbench.secureelement.core.internal.emulator;

import java.util.Arrays;

import io.trustbench.secureelement.core.LockState;
import io.trustbench.secureelement.core.config.ConfigZone;
import io.trustbench.secureelement.core.config.SlotPermissions;

/**
 * The non-volatile memory of one emulated chip: config (128), OTP (64) and the 16 data slots.
 * Private keys live in their slots exactly as on the silicon (4 zero bytes then the 32-byte
 * scalar), so the permission checks that guard slot reads guard them too. Volatile state
 * (TempKey, SHA context) is in {@link VolatileState}.
 */
public final class ChipState {

	public static final int CONFIG_SIZE = 128;
	public static final int OTP_SIZE = 64;

	final byte[] config;
	final byte[] otp;
	final byte[][] slots = new byte[16][];
	/** Set by every change of non-volatile memory; the emulator persists and clears it. */
	boolean dirty;

	public ChipState(byte[] config) {
		if (config.length != CONFIG_SIZE) {
			throw new IllegalArgumentException("config must be 128 bytes");
		}
		this.config = config.clone();
		this.otp = new byte[OTP_SIZE];
		for (int slot = 0; slot < 16; slot++) {
			slots[slot] = new byte[SlotPermissions.slotSize(slot)];
		}
	}

	ChipState(byte[] config, byte[] otp, byte[][] slots) {
		this(config);
		if (otp.length != OTP_SIZE) {
			throw new IllegalArgumentException("OTP must be 64 bytes");
		}
		System.arraycopy(otp, 0, this.otp, 0, OTP_SIZE);
		for (int slot = 0; slot < 16; slot++) {
			if (slots[slot].length != this.slots[slot].length) {
				throw new IllegalArgumentException("slot " + slot + " must be " + this.slots[slot].length + " bytes");
			}
			this.slots[slot] = slots[slot].clone();
		}
	}

	public ConfigZone configZone() {
		return new ConfigZone(config);
	}

	public LockState locks() {
		return LockState.fromConfig(config);
	}

	public boolean configLocked() {
		return (config[87] & 0xFF) != 0x55;
	}

	public boolean dataLocked() {
		return (config[86] & 0xFF) != 0x55;
	}

	public SlotPermissions permissions(int slot) {
		return configZone().permissions(slot);
	}

	/** The data zone as the Lock summary CRC sees it: slots 0..15 in order, then OTP. */
	byte[] dataAndOtp() {
		int total = OTP_SIZE;
		for (byte[] s : slots) {
			total += s.length;
		}
		byte[] all = new byte[total];
		int pos = 0;
		for (byte[] s : slots) {
			System.arraycopy(s, 0, all, pos, s.length);
			pos += s.length;
		}
		System.arraycopy(otp, 0, all, pos, OTP_SIZE);
		return all;
	}

	/** The 32-byte private scalar stored in a key slot. */
	byte[] privateScalar(int slot) {
		return Arrays.copyOfRange(slots[slot], 4, 36);
	}

	void storePrivateScalar(int slot, byte[] scalar32) {
		Arrays.fill(slots[slot], (byte) 0);
		System.arraycopy(scalar32, 0, slots[slot], 4, 32);
		dirty = true;
	}

	/** True once a key has been generated or written (an all-zero scalar is no key). */
	boolean hasPrivateKey(int slot) {
		for (int i = 4; i < 36; i++) {
			if (slots[slot][i] != 0) {
				return true;
			}
		}
		return false;
	}

	ChipState copy() {
		return new ChipState(config, otp, slots);
	}
}
