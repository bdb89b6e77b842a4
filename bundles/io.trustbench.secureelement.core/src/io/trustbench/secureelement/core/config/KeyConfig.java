package io.trustbench.secureelement.core.config;

import java.util.ArrayList;
import java.util.List;

/**
 * The 16-bit KeyConfig of one slot (config bytes 96+2n, little-endian): Private 0, PubInfo 1,
 * KeyType 2–4 (4 = P-256, 7 = not an ECC key), Lockable 5, ReqRandom 6, ReqAuth 7, AuthKey 8–11,
 * IntrusionDisable 12, X509id 14–15.
 */
public record KeyConfig(int value) {

	public static final int KEY_TYPE_P256 = 4;
	public static final int KEY_TYPE_DATA = 7;

	public boolean isPrivate() {
		return bit(0);
	}

	public boolean pubInfo() {
		return bit(1);
	}

	public int keyType() {
		return (value >> 2) & 0x07;
	}

	/** A P-256 private key lives here: the slot can never be read. */
	public boolean isEccPrivateKey() {
		return isPrivate() && keyType() == KEY_TYPE_P256;
	}

	public boolean lockable() {
		return bit(5);
	}

	public boolean reqRandom() {
		return bit(6);
	}

	public boolean reqAuth() {
		return bit(7);
	}

	public int authKey() {
		return (value >> 8) & 0x0F;
	}

	public boolean intrusionDisable() {
		return bit(12);
	}

	public int x509id() {
		return (value >> 14) & 0x03;
	}

	public String keyTypeName() {
		return switch (keyType()) {
		case KEY_TYPE_P256 -> "P256";
		case KEY_TYPE_DATA -> "Data";
		case 6 -> "AES";
		default -> "Reserved(" + keyType() + ")";
		};
	}

	private boolean bit(int n) {
		return (value & (1 << n)) != 0;
	}

	public List<Property> properties() {
		List<Property> list = new ArrayList<>();
		list.add(new Property("KeyConfig", String.format("0x%04X", value)));
		list.add(new Property("Private", Boolean.toString(isPrivate())));
		list.add(new Property("PubInfo", Boolean.toString(pubInfo())));
		list.add(new Property("KeyType", keyTypeName()));
		list.add(new Property("Lockable", Boolean.toString(lockable())));
		list.add(new Property("ReqRandom", Boolean.toString(reqRandom())));
		list.add(new Property("ReqAuth", Boolean.toString(reqAuth())));
		list.add(new Property("AuthKey", Integer.toString(authKey())));
		list.add(new Property("IntrusionDisable", Boolean.toString(intrusionDisable())));
		list.add(new Property("X509id", Integer.toString(x509id())));
		return list;
	}
}
