package io.trustbench.awsiot.emulator.internal.mqtt;

import java.security.cert.X509Certificate;

import io.trustbench.awsiot.emulator.internal.state.CertificateRecord;

/**
 * The front's verdict on a TLS client: admitted (with its certificate, or as the console principal,
 * which has no registry record) or refused with a reason.
 */
public record Admission(CertificateRecord certificate, X509Certificate leaf, String principalId, String refusal) {

	static Admission accept(CertificateRecord certificate, X509Certificate leaf) {
		return new Admission(certificate, leaf, certificate.id, null);
	}

	static Admission console(X509Certificate leaf, String id) {
		return new Admission(null, leaf, id, null);
	}

	static Admission refuse(String reason) {
		return new Admission(null, null, null, reason);
	}

	public boolean accepted() {
		return refusal == null;
	}
}
