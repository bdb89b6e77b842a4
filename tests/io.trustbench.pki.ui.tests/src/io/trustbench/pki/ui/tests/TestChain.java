package io.trustbench.pki.ui.tests;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A root → signer → device chain on P-256 as an ATECC508A deployment has it, made with
 * BouncyCastle for each test run: CA basic constraints and key usage, key identifiers, device
 * SAN, EKU and AIA. {@link #deviceNotAfter} lets a test build an expired device certificate.
 */
final class TestChain {

	final KeyPair rootKey = keyPair();
	final KeyPair signerKey = keyPair();
	final KeyPair deviceKey = keyPair();
	final byte[] root;
	final byte[] signer;
	final byte[] device;

	TestChain() throws Exception {
		this(Instant.now().plus(Duration.ofDays(365)));
	}

	TestChain(Instant deviceNotAfter) throws Exception {
		Instant now = Instant.now();
		X500Name rootName = new X500Name("CN=Trustbench Test Root,O=Trustbench,C=DE");
		X500Name signerName = new X500Name("CN=Trustbench Test Signer FFFF,O=Trustbench");
		X500Name deviceName = new X500Name("CN=Device 0123AABBCCDDEEFF01,O=Trustbench");
		JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();

		X509v3CertificateBuilder rootBuilder = builder(rootName, BigInteger.valueOf(1), now, now.plus(Duration.ofDays(3650)),
				rootName, rootKey.getPublic());
		rootBuilder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
		rootBuilder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
		rootBuilder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(rootKey.getPublic()));
		root = sign(rootBuilder, rootKey);

		X509v3CertificateBuilder signerBuilder = builder(rootName, new BigInteger("4a7f0c11", 16), now,
				now.plus(Duration.ofDays(1825)), signerName, signerKey.getPublic());
		signerBuilder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
		signerBuilder.addExtension(Extension.keyUsage, true,
				new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign | KeyUsage.digitalSignature));
		signerBuilder.addExtension(Extension.subjectKeyIdentifier, false,
				utils.createSubjectKeyIdentifier(signerKey.getPublic()));
		signerBuilder.addExtension(Extension.authorityKeyIdentifier, false,
				utils.createAuthorityKeyIdentifier(rootKey.getPublic()));
		signer = sign(signerBuilder, rootKey);

		X509v3CertificateBuilder deviceBuilder = builder(signerName, new BigInteger("6c8a1d2e3f405162738495a6b7c8d9e0", 16),
				now.minus(Duration.ofDays(2)), deviceNotAfter, deviceName, deviceKey.getPublic());
		deviceBuilder.addExtension(Extension.basicConstraints, false, new BasicConstraints(false));
		deviceBuilder.addExtension(Extension.keyUsage, true,
				new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyAgreement));
		deviceBuilder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth));
		deviceBuilder.addExtension(Extension.subjectAlternativeName, false,
				new GeneralNames(new GeneralName(GeneralName.dNSName, "device-0123.example.com")));
		deviceBuilder.addExtension(Extension.authorityInfoAccess, false, new AuthorityInformationAccess(
				new AccessDescription(AccessDescription.id_ad_caIssuers,
						new GeneralName(GeneralName.uniformResourceIdentifier, "http://pki.example.com/signer.crt"))));
		deviceBuilder.addExtension(Extension.subjectKeyIdentifier, false,
				utils.createSubjectKeyIdentifier(deviceKey.getPublic()));
		deviceBuilder.addExtension(Extension.authorityKeyIdentifier, false,
				utils.createAuthorityKeyIdentifier(signerKey.getPublic()));
		device = sign(deviceBuilder, signerKey);
	}

	/** PEM bundle, device first, as devices and TLS stacks present a chain. */
	String pem() {
		return pem(device) + pem(signer) + pem(root);
	}

	static String pem(byte[] der) {
		return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
				.encodeToString(der) + "\n-----END CERTIFICATE-----\n";
	}

	/** The device certificate with one bit of its signature value flipped. */
	byte[] tamperedDevice() throws Exception {
		byte[] copy = device.clone();
		// The signature BIT STRING ends the certificate; flip a bit inside s of the ECDSA-Sig-Value.
		copy[copy.length - 3] ^= 0x01;
		return copy;
	}

	static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

	static X509CertificateHolder holder(byte[] der) throws Exception {
		return new X509CertificateHolder(der);
	}

	private static X509v3CertificateBuilder builder(X500Name issuer, BigInteger serial, Instant from, Instant to,
			X500Name subject, PublicKey key) {
		return new JcaX509v3CertificateBuilder(issuer, serial, Date.from(from), Date.from(to), subject, key);
	}

	private static byte[] sign(X509v3CertificateBuilder builder, KeyPair issuer) throws Exception {
		return builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuer.getPrivate())).getEncoded();
	}

	private static KeyPair keyPair() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"));
			return generator.generateKeyPair();
		} catch (java.security.GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}
}
