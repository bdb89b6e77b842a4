package io.trustbench.tlsclient.core;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The client certificate chain a device presents (device certificate first, then the signer CA
 * certificate JITR needs) and the slot of the matching private key, which never leaves the device.
 */
public record DeviceIdentity(List<X509Certificate> chain, int keySlot) {

	public DeviceIdentity {
		if (chain == null || chain.isEmpty()) {
			throw new IllegalArgumentException("a device identity needs at least its own certificate");
		}
		chain = List.copyOf(chain);
	}

	public X509Certificate deviceCertificate() {
		return chain.get(0);
	}
}
