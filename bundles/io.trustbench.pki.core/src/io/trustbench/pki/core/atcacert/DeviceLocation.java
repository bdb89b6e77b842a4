package io.trustbench.pki.core.atcacert;

/**
 * Where a certificate element lives in the secure element. Zones follow atcacert:
 * 0 config, 1 OTP, 2 data, 3 GenKey (public key computed from a private-key slot), 7 none.
 */
public record DeviceLocation(int zone, int slot, boolean genKey, int offset, int count) {

	public static final int ZONE_CONFIG = 0;
	public static final int ZONE_OTP = 1;
	public static final int ZONE_DATA = 2;
	public static final int ZONE_GENKEY = 3;
	public static final int ZONE_NONE = 7;

	public static final DeviceLocation NONE = new DeviceLocation(ZONE_NONE, 0, false, 0, 0);

	public static DeviceLocation dataSlot(int slot, int offset, int count) {
		return new DeviceLocation(ZONE_DATA, slot, false, offset, count);
	}

	public static DeviceLocation genKey(int slot) {
		return new DeviceLocation(ZONE_DATA, slot, true, 0, 64);
	}

	public boolean isPresent() {
		return zone != ZONE_NONE && count > 0;
	}

	@Override
	public String toString() {
		if (!isPresent()) {
			return "none";
		}
		String where = switch (zone) {
		case ZONE_CONFIG -> "config";
		case ZONE_OTP -> "OTP";
		default -> "slot " + slot + (genKey ? " (GenKey public key)" : "");
		};
		return where + " offset " + offset + ", " + count + " bytes";
	}
}
