package io.trustbench.secureelement.ui.internal.explorer;

import io.trustbench.secureelement.core.config.KeyConfig;
import io.trustbench.secureelement.core.config.SlotPermissions;

/** What a slot is for, decided from its KeyConfig/SlotConfig and, for readable data slots, its bytes. */
public enum SlotUse {
	PRIVATE_KEY, PUBLIC_KEY, CERTIFICATE, SECRET, DATA;

	public static SlotUse of(SlotPermissions permissions, SlotContent content) {
		if (permissions.holdsPrivateKey()) {
			return PRIVATE_KEY;
		}
		if (permissions.keyConfig().keyType() == KeyConfig.KEY_TYPE_P256) {
			return PUBLIC_KEY;
		}
		if (!permissions.readableInClear()) {
			return SECRET;
		}
		return content == SlotContent.COMPRESSED_CERTIFICATE ? CERTIFICATE : DATA;
	}

	public String label() {
		return switch (this) {
		case PRIVATE_KEY -> Messages.SlotUse_privateKey;
		case PUBLIC_KEY -> Messages.SlotUse_publicKey;
		case CERTIFICATE -> Messages.SlotUse_certificate;
		case SECRET -> Messages.SlotUse_secret;
		case DATA -> Messages.SlotUse_data;
		};
	}
}
