package io.trustbench.pki.core.atcacert;

/** Where a rebuilt certificate's serial number comes from (atcacert_cert_sn_src_t, 4-bit codes). */
public enum SerialNumberSource {
	/** Stored in the device at the definition's serial-number location. */
	STORED(0x0),
	/** Stored, first byte = DER size (variable length); not supported for rebuild here. */
	STORED_DYNAMIC(0x7),
	/** 0x40 ‖ 9-byte device serial number. */
	DEVICE_SN(0x8),
	/** 0x40 ‖ 2-byte signer ID. */
	SIGNER_ID(0x9),
	/** SHA-256(public key ‖ encoded dates), positive, 0x40 bit set. */
	PUB_KEY_HASH(0xA),
	/** SHA-256(device SN ‖ encoded dates), positive, 0x40 bit set. */
	DEVICE_SN_HASH(0xB),
	/** Deprecated: public-key hash with only the sign bit cleared. */
	PUB_KEY_HASH_POS(0xC),
	/** Deprecated: device-SN hash with only the sign bit cleared. */
	DEVICE_SN_HASH_POS(0xD),
	/** Deprecated: raw public-key hash. */
	PUB_KEY_HASH_RAW(0xE),
	/** Deprecated: raw device-SN hash. */
	DEVICE_SN_HASH_RAW(0xF);

	private final int code;

	SerialNumberSource(int code) {
		this.code = code;
	}

	public int code() {
		return code;
	}

	public static SerialNumberSource fromCode(int code) throws AtcacertException {
		for (SerialNumberSource source : values()) {
			if (source.code == code) {
				return source;
			}
		}
		throw new AtcacertException(String.format("unknown serial-number source 0x%X", code));
	}

	boolean usesPublicKeyHash() {
		return this == PUB_KEY_HASH || this == PUB_KEY_HASH_POS || this == PUB_KEY_HASH_RAW;
	}

	boolean usesDeviceSnHash() {
		return this == DEVICE_SN_HASH || this == DEVICE_SN_HASH_POS || this == DEVICE_SN_HASH_RAW;
	}
}
