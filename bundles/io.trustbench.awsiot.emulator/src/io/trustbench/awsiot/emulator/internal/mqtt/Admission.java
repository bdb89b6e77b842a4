package io.trustbench.awsiot.emulator.internal.mqtt;

import java.security.cert.X509Certificate;

import io.trustbench.awsiot.emulator.internal.state.CertificateRecord;

/** The front's verdict on a TLS client: admitted (with its certificate) or refused with a reason. */
public record Admission(CertificateRecord certificate, X509Certificate leaf, String refusal) {

	static Admission accept(CertificateRecord certificate, X509Certificate leaf) {
		return new Admission(certificate, leaf, null);
	}

	static Admission refuse(String reason) {
		return new Admission(null, null, reason);
	}

	public boolean accepted() {
		return refusal == null;
	}
}
