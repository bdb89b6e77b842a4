package io.trustbench.pki.core.atcacert;

/**
 * An extra element copied verbatim from a device location into the certificate (atcacert
 * cert_elements without transforms), e.g. the signer certificate's authority key ID kept in the
 * thing's slot 8.
 */
public record CertificateElement(String id, DeviceLocation deviceLocation, CertLocation certLocation) {

	public CertificateElement {
		if (deviceLocation.count() != certLocation.count()) {
			throw new IllegalArgumentException("element '" + id + "': device and certificate sizes differ");
		}
	}
}
