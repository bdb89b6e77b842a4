package io.trustbench.awsiot.emulator.internal.pki;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;

import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;

import io.trustbench.core.Hex;

/** PEM/DER helpers and AWS certificate ids (SHA-256 of the DER, lower-case hex). */
public final class Pem {

	private Pem() {
	}

	/** Every certificate in a PEM text; IllegalArgumentException with a short reason when none parses. */
	public static List<X509Certificate> parseCertificates(String pem) {
		if (pem == null || pem.isBlank()) {
			throw new IllegalArgumentException("no certificate PEM given");
		}
		try {
			CertificateFactory factory = CertificateFactory.getInstance("X.509");
			Collection<? extends java.security.cert.Certificate> parsed = factory
					.generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
			List<X509Certificate> result = new ArrayList<>();
			for (java.security.cert.Certificate c : parsed) {
				result.add((X509Certificate) c);
			}
			if (result.isEmpty()) {
				throw new IllegalArgumentException("no certificate in the PEM text");
			}
			return result;
		} catch (CertificateException | RuntimeException e) {
			if (e instanceof IllegalArgumentException iae) {
				throw iae;
			}
			throw new IllegalArgumentException("not a valid X.509 certificate PEM: " + e.getMessage());
		}
	}

	public static X509Certificate parseCertificate(String pem) {
		return parseCertificates(pem).get(0);
	}

	public static String encode(X509Certificate certificate) {
		try {
			return encode("CERTIFICATE", certificate.getEncoded());
		} catch (CertificateEncodingException e) {
			throw new IllegalStateException(e);
		}
	}

	public static String encode(String type, byte[] der) {
		String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
		return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
	}

	/** The AWS certificate id: SHA-256 of the DER encoding, hex. */
	public static String certificateId(X509Certificate certificate) {
		try {
			return Hex.encode(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
		} catch (NoSuchAlgorithmException | CertificateEncodingException e) {
			throw new IllegalStateException(e);
		}
	}

	public static String subjectCommonName(X509Certificate certificate) {
		return subjectAttribute(certificate, BCStyle.CN);
	}

	/** A subject attribute (first value), or null. */
	public static String subjectAttribute(X509Certificate certificate, ASN1ObjectIdentifier attribute) {
		X500Name name = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
		RDN[] rdns = name.getRDNs(attribute);
		return rdns.length == 0 ? null : IETFUtils.valueToString(rdns[0].getFirst().getValue());
	}

	/** True when {@code issuer}'s key verifies {@code certificate}'s signature. */
	public static boolean isSignedBy(X509Certificate certificate, X509Certificate issuer) {
		if (!certificate.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
			return false;
		}
		try {
			certificate.verify(issuer.getPublicKey());
			return true;
		} catch (Exception e) {
			return false;
		}
	}
}
