package io.trustbench.provisioning.core.byoc;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;

/** PEM text of a certificate, as AWS IoT wants it. */
public final class Pem {

	private Pem() {
	}

	public static String encode(X509Certificate certificate) throws CertificateEncodingException {
		return "-----BEGIN CERTIFICATE-----\n"
				+ Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(certificate.getEncoded())
				+ "\n-----END CERTIFICATE-----\n";
	}
}
