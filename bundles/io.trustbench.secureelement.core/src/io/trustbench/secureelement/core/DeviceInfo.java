package io.trustbench.secureelement.core;

import io.trustbench.core.Hex;

/**
 * What {@code device list} shows for one device: its descriptor plus facts read from the chip.
 *
 * @param firmware kit firmware version as reported by {@code b:f(00)} ("1.1.9"), or empty
 * @param serial   9-byte serial number
 * @param revision 4-byte Info revision
 */
public record DeviceInfo(DeviceDescriptor descriptor, String firmware, byte[] serial, byte[] revision,
		LockState locks) {

	public String serialHex() {
		return Hex.encodeUpper(serial);
	}

	public String revisionHex() {
		return Hex.encodeUpper(revision);
	}

	/** Chip model from revision byte 2 (0x50 ATECC508A, 0x60 ATECC608, 0x10 ATECC108A). */
	public String chipModel() {
		if (revision.length < 3) {
			return "unknown";
		}
		return switch (revision[2] & 0xFF) {
		case 0x50 -> "ATECC508A";
		case 0x60 -> "ATECC608";
		case 0x10 -> "ATECC108A";
		default -> String.format("unknown (0x%02X)", revision[2] & 0xFF);
		};
	}
}
