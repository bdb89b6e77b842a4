package io.trustbench.provisioning.core.console.tests;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A software CA and device certificates (P-256) for console tests; the kits are not needed here. */
final class TestPki {

	record Issued(X509Certificate certificate, KeyPair keys) {

		String pem() {
			return TestPki.pem("CERTIFICATE", encoded(certificate));
		}

		/** Writes certificate and key as PEM files (what a device's TLS client reads). */
		Path[] writeTo(Path dir, String name) throws IOException {
			Path cert = dir.resolve(name + "-cert.pem");
			Path key = dir.resolve(name + "-key.pem");
			Files.writeString(cert, pem());
			Files.writeString(key, TestPki.pem("PRIVATE KEY", keys.getPrivate().getEncoded()));
			return new Path[] { cert, key };
		}
	}

	private TestPki() {
	}

	static Issued ca(String cn) throws GeneralSecurityException {
		KeyPair keys = keyPair();
		return new Issued(issue(new X500Name("CN=" + cn), keys, new X500Name("CN=" + cn), keys, true), keys);
	}

	static Issued issue(Issued ca, String cn) throws GeneralSecurityException {
		KeyPair keys = keyPair();
		X500Name issuer = X500Name.getInstance(ca.certificate().getSubjectX500Principal().getEncoded());
		return new Issued(issue(new X500Name("CN=" + cn), keys, issuer, ca.keys(), false), keys);
	}

	private static X509Certificate issue(X500Name subject, KeyPair subjectKeys, X500Name issuer, KeyPair issuerKeys,
			boolean ca) throws GeneralSecurityException {
		Instant now = Instant.now();
		try {
			var builder = new JcaX509v3CertificateBuilder(issuer, new BigInteger(64, new SecureRandom()),
					Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofDays(30))), subject,
					subjectKeys.getPublic());
			builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
			return new JcaX509CertificateConverter().getCertificate(
					builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKeys.getPrivate())));
		} catch (OperatorCreationException | IOException e) {
			throw new GeneralSecurityException(e);
		}
	}

	private static KeyPair keyPair() throws GeneralSecurityException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"));
		return generator.generateKeyPair();
	}

	private static byte[] encoded(X509Certificate certificate) {
		try {
			return certificate.getEncoded();
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	static String pem(String type, byte[] der) {
		return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
				+ "\n-----END " + type + "-----\n";
	}
}
