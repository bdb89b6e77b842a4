package io.trustbench.pki.core.atcacert;

import java.util.HashMap;
import java.util.Map;

/**
 * What a rebuild takes from the device besides the compressed certificate: the subject public
 * key (64 bytes X‖Y), and depending on the definition the authority key ID (or the CA public key
 * it is hashed from), the 9-byte device serial number, a stored serial number and extra elements.
 * The device serial number also fills extra elements that live in the config zone's serial-number
 * bytes (e.g. the "sn…" subject CN of {@link FleetCertificateDefinitions#device()}).
 */
public final class DeviceData {

	private final byte[] subjectPublicKey;
	private byte[] authorityKeyId;
	private byte[] deviceSerialNumber;
	private byte[] storedSerialNumber;
	private final Map<String, byte[]> extraElements = new HashMap<>();

	private DeviceData(byte[] subjectPublicKey) {
		if (subjectPublicKey == null || subjectPublicKey.length != 64) {
			throw new IllegalArgumentException("subject public key must be 64 bytes (X‖Y)");
		}
		this.subjectPublicKey = subjectPublicKey.clone();
	}

	public static DeviceData of(byte[] subjectPublicKey) {
		return new DeviceData(subjectPublicKey);
	}

	/** Sets the authority key ID to SHA-1(04 ‖ X ‖ Y) of the issuing CA's public key. */
	public DeviceData caPublicKey(byte[] caPublicKey) {
		this.authorityKeyId = KeyIds.of(caPublicKey);
		return this;
	}

	public DeviceData authorityKeyId(byte[] keyId) {
		this.authorityKeyId = keyId == null ? null : keyId.clone();
		return this;
	}

	public DeviceData deviceSerialNumber(byte[] serial) {
		if (serial != null && serial.length != 9) {
			throw new IllegalArgumentException("device serial number must be 9 bytes");
		}
		this.deviceSerialNumber = serial == null ? null : serial.clone();
		return this;
	}

	public DeviceData storedSerialNumber(byte[] serial) {
		this.storedSerialNumber = serial == null ? null : serial.clone();
		return this;
	}

	/** The device bytes of an extra element (before its transforms). */
	public DeviceData extraElement(String id, byte[] value) {
		extraElements.put(id, value.clone());
		return this;
	}

	void removeExtraElement(String id) {
		extraElements.remove(id);
	}

	public byte[] subjectPublicKey() {
		return subjectPublicKey.clone();
	}

	public byte[] authorityKeyId() {
		return authorityKeyId == null ? null : authorityKeyId.clone();
	}

	public byte[] deviceSerialNumber() {
		return deviceSerialNumber == null ? null : deviceSerialNumber.clone();
	}

	public byte[] storedSerialNumber() {
		return storedSerialNumber == null ? null : storedSerialNumber.clone();
	}

	public byte[] extraElement(String id) {
		byte[] value = extraElements.get(id);
		return value == null ? null : value.clone();
	}
}
