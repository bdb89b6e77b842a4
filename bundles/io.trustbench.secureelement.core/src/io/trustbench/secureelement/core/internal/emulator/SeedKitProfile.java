package io.trustbench.secureelement.core.internal.emulator;

import java.util.Arrays;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import io.trustbench.secureelement.core.SecureElement;
import io.trustbench.secureelement.core.SecureElementException;
import io.trustbench.secureelement.core.Zone;
import io.trustbench.secureelement.core.emulator.EmulatorProfile;

/**
 * Shared shape of the seed's kits (device-protocol.md §1.2, §1.8, W25 reference config): I2C
 * address 0xC0, OTP consumption mode, counters and LastKeyUse erased; subclasses give the slot
 * and key configs, the keys to generate and the slots to lock.
 */
abstract class SeedKitProfile implements EmulatorProfile {

	/** SlotConfig / KeyConfig pairs used by the profiles. */
	static final int SECRET_DATA = 0x44C4;
	static final int SECRET_PARENT = 0x0F8F;
	static final int CLEAR_DATA = 0x0F0F;
	static final int PRIVATE_GENKEY = 0x2087;
	static final int PRIVATE_FIXED_SIGN_ONLY = 0x0083;
	static final int PRIVATE_GENKEY_SIGN_ONLY = 0x2083;
	static final int KEY_PRIVATE_LOCKABLE = 0x0033;
	static final int KEY_PRIVATE = 0x0013;
	static final int KEY_DATA = 0x001C;
	static final int KEY_DATA_LOCKABLE = 0x003C;
	static final int KEY_PUBLIC_LOCKABLE = 0x0030;

	private final String kitName;
	private final byte[] firmware;
	private final String deviceText;

	SeedKitProfile(String kitName, byte[] firmware, String deviceText) {
		this.kitName = kitName;
		this.firmware = firmware.clone();
		this.deviceText = deviceText;
	}

	@Override
	public String kitName() {
		return kitName;
	}

	@Override
	public byte[] firmwareVersion() {
		return firmware.clone();
	}

	@Override
	public String deviceText() {
		return deviceText;
	}

	/** SlotConfig of slots 0..15. */
	abstract int[] slotConfigs();

	/** KeyConfig of slots 0..15. */
	abstract int[] keyConfigs();

	/** Private-key slots that get a key at creation. */
	abstract int[] keysToGenerate();

	/** Slots locked individually after the data lock (CA keys that must never change). */
	abstract int[] slotsToLock();

	@Override
	public byte[] config() {
		byte[] c = new byte[128];
		c[14] = 0x01;
		c[16] = (byte) 0xC0;
		c[18] = 0x55;
		int[] slots = slotConfigs();
		int[] keys = keyConfigs();
		for (int i = 0; i < 16; i++) {
			c[20 + 2 * i] = (byte) slots[i];
			c[21 + 2 * i] = (byte) (slots[i] >> 8);
			c[96 + 2 * i] = (byte) keys[i];
			c[97 + 2 * i] = (byte) (keys[i] >> 8);
		}
		Arrays.fill(c, 52, 56, (byte) 0xFF);
		Arrays.fill(c, 60, 64, (byte) 0xFF);
		Arrays.fill(c, 68, 84, (byte) 0xFF);
		c[86] = 0x55;
		c[87] = 0x55;
		c[88] = (byte) 0xFF;
		c[89] = (byte) 0xFF;
		return c;
	}

	@Override
	public void provision(SecureElement chip, IProgressMonitor monitor) throws SecureElementException {
		SubMonitor sub = SubMonitor.convert(monitor, "Configuring emulated " + kitName, 5);
		byte[] config = config();
		chip.write(Zone.CONFIG, 0, 16, Arrays.copyOfRange(config, 16, 84), sub.split(1));
		chip.write(Zone.CONFIG, 0, 88, Arrays.copyOfRange(config, 88, 128), sub.split(1));
		chip.lockConfig(sub.split(1));
		for (int slot : keysToGenerate()) {
			chip.genKey(slot, null);
		}
		sub.worked(1);
		chip.lockData(null);
		for (int slot : slotsToLock()) {
			chip.lockSlot(slot, null);
		}
		sub.worked(1);
	}
}
