package io.trustbench.secureelement.core.internal.emulator;

/**
 * The AT88CKECCROOT dongle: root CA key in slot 3 (generated once, slot then locked so it can
 * never be replaced), verification key slot 0, clear data slots for certificates.
 */
public class RootDongleProfile extends SeedKitProfile {

	public RootDongleProfile() {
		this("AT88CKECCROOT");
	}

	RootDongleProfile(String kitName) {
		super(kitName, new byte[] { 2, 0, 8 }, "ECC108 TWI");
	}

	@Override
	int[] slotConfigs() {
		return new int[] { PRIVATE_GENKEY_SIGN_ONLY, SECRET_DATA, SECRET_DATA, PRIVATE_FIXED_SIGN_ONLY, SECRET_PARENT,
				SECRET_DATA, SECRET_DATA, SECRET_DATA, CLEAR_DATA, CLEAR_DATA, CLEAR_DATA, CLEAR_DATA, CLEAR_DATA,
				CLEAR_DATA, CLEAR_DATA, CLEAR_DATA };
	}

	@Override
	int[] keyConfigs() {
		return new int[] { KEY_PRIVATE_LOCKABLE, KEY_DATA, KEY_DATA, KEY_PRIVATE_LOCKABLE, KEY_DATA_LOCKABLE, KEY_DATA,
				KEY_DATA, KEY_DATA, KEY_DATA_LOCKABLE, KEY_DATA_LOCKABLE, KEY_DATA_LOCKABLE, KEY_PUBLIC_LOCKABLE,
				KEY_DATA_LOCKABLE, KEY_DATA_LOCKABLE, KEY_PUBLIC_LOCKABLE, KEY_DATA_LOCKABLE };
	}

	@Override
	int[] keysToGenerate() {
		return new int[] { 0, 3 };
	}

	@Override
	int[] slotsToLock() {
		return new int[] { 3 };
	}
}
