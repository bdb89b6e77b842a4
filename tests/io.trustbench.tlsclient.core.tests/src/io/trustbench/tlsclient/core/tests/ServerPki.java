package io.trustbench.tlsclient.core.tests;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Software PKI of the servers under test (openssl s_server, mosquitto): a CA and a P-256 server
 * certificate for 127.0.0.1/localhost, written as PEM files the servers read.
 */
final class ServerPki {

	final X509Certificate ca;
	final X509Certificate server;
	final Path caFile;
	final Path certFile;
	final Path keyFile;

	ServerPki(Path dir, String curve) throws Exception {
		KeyPair caKeys = keys("secp256r1");
		ca = issue("CN=Trustbench Test Server CA,O=Trustbench Tests", "CN=Trustbench Test Server CA,O=Trustbench Tests",
				caKeys, caKeys, true);
		KeyPair serverKeys = keys(curve);
		server = issue("CN=localhost,O=Trustbench Tests", "CN=Trustbench Test Server CA,O=Trustbench Tests",
				serverKeys, caKeys, false);
		caFile = dir.resolve("server-ca.pem");
		certFile = dir.resolve("server.pem");
		keyFile = dir.resolve("server.key");
		Files.writeString(caFile, ThingProvisioning.pem(ca));
		Files.writeString(certFile, ThingProvisioning.pem(server));
		Files.writeString(keyFile, "-----BEGIN PRIVATE KEY-----\n"
				+ Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(serverKeys.getPrivate().getEncoded())
				+ "\n-----END PRIVATE KEY-----\n");
	}

	private static KeyPair keys(String curve) throws Exception {
		KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
		g.initialize(new ECGenParameterSpec(curve), new SecureRandom());
		return g.generateKeyPair();
	}

	private static X509Certificate issue(String subject, String issuer, KeyPair subjectKeys, KeyPair issuerKeys,
			boolean ca) throws Exception {
		Instant now = Instant.now();
		JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(new X500Name(issuer),
				BigInteger.valueOf(now.toEpochMilli() + (ca ? 0 : 1)), Date.from(now.minus(Duration.ofHours(1))),
				Date.from(now.plus(Duration.ofDays(30))), new X500Name(subject), subjectKeys.getPublic());
		b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
		if (ca) {
			b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
		} else {
			b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
			b.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
					new GeneralName(GeneralName.dNSName, "localhost"), new GeneralName(GeneralName.iPAddress, "127.0.0.1") }));
		}
		String algorithm = "SHA256withECDSA";
		return new JcaX509CertificateConverter().getCertificate(
				b.build(new JcaContentSignerBuilder(algorithm).build(issuerKeys.getPrivate())));
	}
}
