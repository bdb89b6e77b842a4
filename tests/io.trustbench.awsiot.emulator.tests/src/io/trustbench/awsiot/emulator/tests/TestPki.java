package io.trustbench.awsiot.emulator.tests;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import io.trustbench.awsiot.emulator.internal.pki.Pem;

/**
 * Software PKI for tests, shaped like the ATECC508A kit's: root CA → signer CA (registered with
 * AWS IoT) → device certificates; plus the verification certificate AWS asks for.
 */
final class TestPki {

	private static final AtomicLong SERIALS = new AtomicLong(System.nanoTime());

	/** A certificate with its key (software key: tests only). */
	record Identity(X509Certificate certificate, KeyPair keys) {
		String pem() {
			return Pem.encode(certificate);
		}
	}

	final Identity root;
	final Identity signer;

	TestPki(String name) throws GeneralSecurityException {
		root = issue("CN=" + name + " Root CA,O=Example Organization", null, true);
		signer = issue("CN=" + name + " Signer 0000,O=Example Organization", root, true);
	}

	Identity device(String commonName) throws GeneralSecurityException {
		return issue("CN=" + commonName + ",O=Example Organization", signer, false);
	}

	/** CN = registration code, signed by the signer's key (what AWS checks). */
	Identity verification(String registrationCode) throws GeneralSecurityException {
		return issue("CN=" + registrationCode, signer, false);
	}

	static KeyPair newKeys() throws GeneralSecurityException {
		KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
		g.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
		return g.generateKeyPair();
	}

	static Identity issue(String subject, Identity issuer, boolean ca) throws GeneralSecurityException {
		KeyPair keys = newKeys();
		Instant now = Instant.now();
		X500Name subjectName = new X500Name(subject);
		X500Name issuerName = issuer == null ? subjectName
				: X500Name.getInstance(issuer.certificate.getSubjectX500Principal().getEncoded());
		try {
			X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuerName,
					BigInteger.valueOf(SERIALS.incrementAndGet()), Date.from(now.minus(Duration.ofHours(1))),
					Date.from(now.plus(Duration.ofDays(365))), subjectName, keys.getPublic());
			b.addExtension(Extension.basicConstraints, true, ca ? new BasicConstraints(0) : new BasicConstraints(false));
			b.addExtension(Extension.keyUsage, true, new KeyUsage(ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign
					: KeyUsage.digitalSignature | KeyUsage.keyAgreement));
			X509Certificate cert = new JcaX509CertificateConverter().getCertificate(b.build(
					new JcaContentSignerBuilder("SHA256withECDSA").build(issuer == null ? keys.getPrivate() : issuer.keys.getPrivate())));
			return new Identity(cert, keys);
		} catch (java.io.IOException | org.bouncycastle.operator.OperatorCreationException e) {
			throw new GeneralSecurityException(e);
		}
	}

	/** TLS client socket factory presenting device ‖ signer and trusting the emulator's server CA. */
	SSLSocketFactory socketFactory(Identity device, X509Certificate serverCa) throws GeneralSecurityException, IOException {
		return socketFactory(device, new X509Certificate[] { device.certificate, signer.certificate }, serverCa);
	}

	static SSLSocketFactory socketFactory(Identity device, X509Certificate[] chain, X509Certificate serverCa)
			throws GeneralSecurityException, IOException {
		KeyStore keys = KeyStore.getInstance("PKCS12");
		keys.load(null, null);
		keys.setKeyEntry("device", device.keys.getPrivate(), new char[0], chain);
		KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		kmf.init(keys, new char[0]);
		KeyStore trust = KeyStore.getInstance("PKCS12");
		trust.load(null, null);
		trust.setCertificateEntry("server-ca", serverCa);
		TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		tmf.init(trust);
		SSLContext context = SSLContext.getInstance("TLSv1.2");
		context.init(kmf.getKeyManagers(), tmf.getTrustManagers(), new SecureRandom());
		return context.getSocketFactory();
	}

	/** Writes cert (device ‖ signer) and key PEM files for command-line clients (mosquitto). */
	Path[] writeFiles(Identity device, Path dir, String name) throws IOException {
		Path cert = dir.resolve(name + "-cert.pem");
		Path key = dir.resolve(name + "-key.pem");
		Files.writeString(cert, device.pem() + signer.pem());
		Files.writeString(key, Pem.encode("PRIVATE KEY", device.keys.getPrivate().getEncoded()));
		return new Path[] { cert, key };
	}
}
