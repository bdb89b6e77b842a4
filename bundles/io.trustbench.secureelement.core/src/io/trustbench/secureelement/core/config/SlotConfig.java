package io.trustbench.secureelement.core.config;

import java.util.ArrayList;
import java.util.List;

/**
 * The 16-bit SlotConfig of one slot (config bytes 20+2n, little-endian). Bit names follow the
 * ATECC508A datasheet: ReadKey 0–3, NoMac 4, LimitedUse 5, EncryptRead 6, IsSecret 7, WriteKey
 * 8–11, WriteConfig 12–15. For private-key slots the ReadKey bits mean ExtSig 0, IntSig 1,
 * ECDH 2, WriteECDH 3, and WriteConfig bit 1 (bit 13) allows GenKey, bit 2 (bit 14) PrivWrite.
 * (CAL's literal macros put GenKey/PrivWrite at bits 8/9; the datasheet semantics are used
 * because the reference configs, e.g. 0x2087 for a GenKey-able key, only work that way — see
 * docs/secure-element.md.)
 */
public record SlotConfig(int value) {

	public int readKey() {
		return value & 0x0F;
	}

	public boolean noMac() {
		return bit(4);
	}

	public boolean limitedUse() {
		return bit(5);
	}

	public boolean encryptRead() {
		return bit(6);
	}

	public boolean isSecret() {
		return bit(7);
	}

	public int writeKey() {
		return (value >> 8) & 0x0F;
	}

	public int writeConfig() {
		return (value >> 12) & 0x0F;
	}

	public boolean externalSignatures() {
		return bit(0);
	}

	public boolean internalSignatures() {
		return bit(1);
	}

	public boolean ecdhAllowed() {
		return bit(2);
	}

	/** ECDH writes the secret into slot N|1 instead of returning it. */
	public boolean ecdhWritesSlot() {
		return bit(3);
	}

	public boolean genKeyAllowed() {
		return bit(13);
	}

	public boolean privWriteAllowed() {
		return bit(14);
	}

	/** Write mode from WriteConfig for data slots: Always, PubInvalid, Never, Encrypt. */
	public String writeMode() {
		int wc = writeConfig();
		if ((wc & 0x4) != 0) {
			return "Encrypt";
		}
		if (wc == 0) {
			return "Always";
		}
		if (wc == 1) {
			return "PubInvalid";
		}
		return "Never";
	}

	private boolean bit(int n) {
		return (value & (1 << n)) != 0;
	}

	/** Named properties; {@code privateKey} selects the private-key meaning of the low bits. */
	public List<Property> properties(boolean privateKey) {
		List<Property> list = new ArrayList<>();
		list.add(new Property("SlotConfig", String.format("0x%04X", value)));
		if (privateKey) {
			list.add(new Property("ExtSig", Boolean.toString(externalSignatures())));
			list.add(new Property("IntSig", Boolean.toString(internalSignatures())));
			list.add(new Property("ECDH", Boolean.toString(ecdhAllowed())));
			list.add(new Property("WriteECDH", Boolean.toString(ecdhWritesSlot())));
		} else {
			list.add(new Property("ReadKey", Integer.toString(readKey())));
		}
		list.add(new Property("NoMac", Boolean.toString(noMac())));
		list.add(new Property("LimitedUse", Boolean.toString(limitedUse())));
		list.add(new Property("EncryptRead", Boolean.toString(encryptRead())));
		list.add(new Property("IsSecret", Boolean.toString(isSecret())));
		list.add(new Property("WriteKey", Integer.toString(writeKey())));
		list.add(new Property("WriteConfig", String.format("0x%X", writeConfig())));
		if (privateKey) {
			list.add(new Property("GenKey", Boolean.toString(genKeyAllowed())));
			list.add(new Property("PrivWrite", Boolean.toString(privWriteAllowed())));
		} else {
			list.add(new Property("WriteMode", writeMode()));
		}
		return list;
	}
}
