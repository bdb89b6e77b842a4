package io.trustbench.pki.core.atcacert;

import java.util.Arrays;

/**
 * Copies the extra elements of a definition between {@link DeviceData} and a certificate, through
 * their transforms. An element whose device location lies in the config zone's serial-number bytes
 * (SN[0:4] at offset 0, SN[4:9] at offset 8, as in Microchip's Trust&amp;GO device templates) is
 * taken from {@link DeviceData#deviceSerialNumber()} when no value was given for it.
 */
final class ExtraElements {

	private static final int SN_HIGH_OFFSET = 0;
	private static final int SN_HIGH_SIZE = 4;
	private static final int SN_LOW_OFFSET = 8;
	private static final int SN_LOW_SIZE = 5;

	private ExtraElements() {
	}

	/** Writes every element with a device value into {@code cert}; others keep the template's bytes. */
	static void write(CertificateDefinition def, byte[] cert, DeviceData data) throws AtcacertException {
		for (CertificateElement element : def.extraElements()) {
			byte[] device = data.extraElement(element.id());
			if (device == null && isSerialNumber(element.deviceLocation())) {
				device = fromSerialNumber(element, data.deviceSerialNumber());
				if (device == null) {
					throw new AtcacertException("element '" + element.id() + "' of " + def.name()
							+ " comes from the device serial number; none was given");
				}
			}
			if (device != null) {
				byte[] value = element.toCertificate(device);
				CertLocation at = element.certLocation();
				if (at.end() > cert.length) {
					throw new AtcacertException("element '" + element.id() + "' lies outside the certificate");
				}
				System.arraycopy(value, 0, cert, at.offset(), value.length);
			}
		}
	}

	/** Reads every element's device bytes back from a certificate. */
	static void read(CertificateDefinition def, byte[] cert, DeviceData data) throws AtcacertException {
		for (CertificateElement element : def.extraElements()) {
			CertLocation at = element.certLocation();
			if (at.end() > cert.length) {
				throw new AtcacertException("certificate too short for element '" + element.id() + "' of " + def.name());
			}
			data.extraElement(element.id(), element.toDevice(Arrays.copyOfRange(cert, at.offset(), at.end())));
		}
	}

	/** Drops values read for serial-number elements, so a rebuild takes them from the given serial number. */
	static void useSerialNumber(CertificateDefinition def, DeviceData data) {
		for (CertificateElement element : def.extraElements()) {
			if (isSerialNumber(element.deviceLocation())) {
				data.removeExtraElement(element.id());
			}
		}
	}

	/** True when every byte of the location is a serial-number byte of the config zone. */
	static boolean isSerialNumber(DeviceLocation location) {
		if (location.zone() != DeviceLocation.ZONE_CONFIG || !location.isPresent()) {
			return false;
		}
		for (int i = location.offset(); i < location.offset() + location.count(); i++) {
			if (serialIndex(i) < 0) {
				return false;
			}
		}
		return true;
	}

	private static byte[] fromSerialNumber(CertificateElement element, byte[] serial) {
		if (serial == null) {
			return null;
		}
		DeviceLocation location = element.deviceLocation();
		byte[] out = new byte[location.count()];
		for (int i = 0; i < out.length; i++) {
			out[i] = serial[serialIndex(location.offset() + i)];
		}
		return out;
	}

	/** Index into the 9-byte serial number of a config-zone byte, or -1 (revision, I2C, …). */
	private static int serialIndex(int configOffset) {
		if (configOffset >= SN_HIGH_OFFSET && configOffset < SN_HIGH_OFFSET + SN_HIGH_SIZE) {
			return configOffset - SN_HIGH_OFFSET;
		}
		if (configOffset >= SN_LOW_OFFSET && configOffset < SN_LOW_OFFSET + SN_LOW_SIZE) {
			return SN_HIGH_SIZE + configOffset - SN_LOW_OFFSET;
		}
		return -1;
	}
}
