package io.trustbench.pki.core.ca;

import java.io.IOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.Time;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.operator.RuntimeOperatorException;
import org.eclipse.core.runtime.IProgressMonitor;

import io.trustbench.pki.core.CertificateParseException;

/**
 * The AWS IoT verification certificate (proof of possession for registerCACertificate): subject
 * CN = the registration code, issuer = the signer CA's subject, key = the signer's own key, signed
 * by the signer device, valid for one day, random 16-byte serial (as ZT2's aws_register_signer.py).
 */
public final class VerificationCertificate {

	private VerificationCertificate() {
	}

	public static byte[] create(String registrationCode, byte[] signerCertificate, DigestSigner signer, Instant now,
			IProgressMonitor monitor) throws SigningException, CertificateParseException {
		if (registrationCode == null || !registrationCode.matches("[0-9A-Za-z][0-9A-Za-z-]{0,63}")) {
			throw new CertificateParseException("the registration code must be 1–64 letters, digits or hyphens "
					+ "(AWS gives 64 hex characters)");
		}
		Certificate issuer;
		try {
			issuer = Certificate.getInstance(signerCertificate);
		} catch (RuntimeException e) {
			throw new CertificateParseException("bad signer certificate: " + e.getMessage(), e);
		}
		X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, registrationCode).build();
		byte[] serial = new byte[16];
		new SecureRandom().nextBytes(serial);
		serial[0] &= 0x7f;
		X509v3CertificateBuilder builder = new X509v3CertificateBuilder(issuer.getSubject(), new BigInteger(1, serial),
				new Time(Date.from(now)), new Time(Date.from(now.plus(Duration.ofDays(1)))), subject,
				CaCertificates.subjectPublicKeyInfo(signer.publicKey(monitor)));
		try {
			return builder.build(new DigestContentSigner(signer, monitor)).getEncoded();
		} catch (RuntimeOperatorException e) {
			throw DigestContentSigner.unwrap(e);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
