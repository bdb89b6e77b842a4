package io.trustbench.secureelement.core.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.trustbench.core.Hex;
import io.trustbench.secureelement.core.LockState;

/** The 128-byte ATECC508A configuration zone, decoded field by field (layout in device-protocol.md §3.5). */
public final class ConfigZone {

	public static final int SIZE = 128;
	public static final int SLOT_CONFIG_OFFSET = 20;
	public static final int KEY_CONFIG_OFFSET = 96;

	private final byte[] bytes;

	public ConfigZone(byte[] bytes) {
		if (bytes.length != SIZE) {
			throw new IllegalArgumentException("config zone must be 128 bytes, not " + bytes.length);
		}
		this.bytes = bytes.clone();
	}

	public byte[] bytes() {
		return bytes.clone();
	}

	/** Device serial number: bytes 0–3 then 8–12. */
	public byte[] serialNumber() {
		byte[] sn = new byte[9];
		System.arraycopy(bytes, 0, sn, 0, 4);
		System.arraycopy(bytes, 8, sn, 4, 5);
		return sn;
	}

	public byte[] revNum() {
		return Arrays.copyOfRange(bytes, 4, 8);
	}

	public int i2cAddress() {
		return bytes[16] & 0xFF;
	}

	public int otpMode() {
		return bytes[18] & 0xFF;
	}

	public int chipMode() {
		return bytes[19] & 0xFF;
	}

	public SlotConfig slotConfig(int slot) {
		return new SlotConfig(u16(SLOT_CONFIG_OFFSET + 2 * slot));
	}

	public KeyConfig keyConfig(int slot) {
		return new KeyConfig(u16(KEY_CONFIG_OFFSET + 2 * slot));
	}

	public LockState lockState() {
		return LockState.fromConfig(bytes);
	}

	public SlotPermissions permissions(int slot) {
		LockState locks = lockState();
		return new SlotPermissions(slot, SlotPermissions.slotSize(slot), slotConfig(slot), keyConfig(slot),
				locks.slotLocked(slot), locks.dataLocked());
	}

	public List<SlotPermissions> allPermissions() {
		List<SlotPermissions> list = new ArrayList<>();
		for (int slot = 0; slot < 16; slot++) {
			list.add(permissions(slot));
		}
		return list;
	}

	/** Chip-wide fields as name/value pairs. */
	public List<Property> properties() {
		LockState locks = lockState();
		List<Property> list = new ArrayList<>();
		list.add(new Property("SerialNumber", Hex.encodeUpper(serialNumber())));
		list.add(new Property("RevNum", Hex.encodeUpper(revNum())));
		list.add(new Property("I2C_Enable", String.format("0x%02X", bytes[14] & 0xFF)));
		list.add(new Property("I2C_Address", String.format("0x%02X", i2cAddress())));
		list.add(new Property("OTPmode", String.format("0x%02X", otpMode())));
		list.add(new Property("ChipMode", String.format("0x%02X", chipMode())));
		list.add(new Property("Counter0", Hex.encodeUpper(Arrays.copyOfRange(bytes, 52, 60))));
		list.add(new Property("Counter1", Hex.encodeUpper(Arrays.copyOfRange(bytes, 60, 68))));
		list.add(new Property("UserExtra", String.format("0x%02X", bytes[84] & 0xFF)));
		list.add(new Property("Selector", String.format("0x%02X", bytes[85] & 0xFF)));
		list.add(new Property("LockValue", String.format("0x%02X", bytes[86] & 0xFF)));
		list.add(new Property("LockConfig", String.format("0x%02X", bytes[87] & 0xFF)));
		list.add(new Property("SlotLocked", String.format("0x%04X", locks.slotLockedBits())));
		list.add(new Property("X509format", Hex.encodeUpper(Arrays.copyOfRange(bytes, 92, 96))));
		list.add(new Property("ConfigLocked", Boolean.toString(locks.configLocked())));
		list.add(new Property("DataLocked", Boolean.toString(locks.dataLocked())));
		return list;
	}

	private int u16(int offset) {
		return (bytes[offset] & 0xFF) | (bytes[offset + 1] & 0xFF) << 8;
	}
}
