package io.trustbench.pki.core.atcacert;

import java.util.List;

/**
 * An extra element copied from a device location into the certificate (atcacert cert_elements),
 * e.g. the signer certificate's authority key ID kept in the thing's slot 8, or the chip serial
 * number in a subject CN. Up to two {@link ElementTransform transforms} are applied in order on the
 * way from the device to the certificate (cryptoauthlib's {@code ATCA_MAX_TRANSFORMS}).
 *
 * @param deviceLocation where the device bytes are (a config-zone serial-number range can also be
 *                       supplied as {@link DeviceData#deviceSerialNumber})
 * @param certLocation   where the transformed bytes go in the template
 */
public record CertificateElement(String id, DeviceLocation deviceLocation, CertLocation certLocation,
		List<ElementTransform> transforms) {

	public CertificateElement {
		transforms = List.copyOf(transforms);
		if (transforms.size() > 2) {
			throw new IllegalArgumentException("element '" + id + "': at most two transforms");
		}
		int size = deviceLocation.count();
		for (ElementTransform transform : transforms) {
			size = size < 0 ? size : transform.outputSize(size);
		}
		if (size != certLocation.count()) {
			throw new IllegalArgumentException("element '" + id + "': " + deviceLocation.count() + " device bytes"
					+ (transforms.isEmpty() ? "" : " through " + transforms) + " do not make the "
					+ certLocation.count() + " certificate bytes");
		}
	}

	/** Copied byte for byte. */
	public CertificateElement(String id, DeviceLocation deviceLocation, CertLocation certLocation) {
		this(id, deviceLocation, certLocation, List.of());
	}

	/** Device bytes → certificate bytes. */
	public byte[] toCertificate(byte[] deviceBytes) throws AtcacertException {
		if (deviceBytes.length != deviceLocation.count()) {
			throw new AtcacertException("element '" + id + "' takes " + deviceLocation.count() + " device bytes, got "
					+ deviceBytes.length);
		}
		byte[] value = deviceBytes;
		for (ElementTransform transform : transforms) {
			value = transform.apply(value);
		}
		return value;
	}

	/** Certificate bytes → device bytes (transforms inverted in reverse order). */
	public byte[] toDevice(byte[] certBytes) throws AtcacertException {
		byte[] value = certBytes;
		for (int i = transforms.size() - 1; i >= 0; i--) {
			try {
				value = transforms.get(i).invert(value);
			} catch (AtcacertException e) {
				throw new AtcacertException("element '" + id + "': " + e.getMessage(), e);
			}
		}
		return value;
	}
}
