package io.trustbench.pki.core.ca;

import java.io.IOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.asn1.x509.Time;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.RuntimeOperatorException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.eclipse.core.runtime.IProgressMonitor;

import io.trustbench.pki.core.CertificateParseException;
import io.trustbench.pki.core.atcacert.AsiCertificateDefinitions;
import io.trustbench.pki.core.atcacert.AtcacertException;
import io.trustbench.pki.core.atcacert.CertDate;
import io.trustbench.pki.core.atcacert.CertificateDefinition;
import io.trustbench.pki.core.atcacert.CertificateRebuilder;
import io.trustbench.pki.core.atcacert.CompressedCertificate;
import io.trustbench.pki.core.atcacert.DeviceData;
import io.trustbench.pki.core.atcacert.KeyIds;

/** Device certificates signed by the signer device: from a public key (compressible) or from a CSR. */
public final class DeviceCertificateIssuer {

	private DeviceCertificateIssuer() {
	}

	/**
	 * A device certificate on the ASI device template (template 2): what {@code aws:i} on the thing
	 * and {@code aws:si} on the signer produce, storable compressed in the thing's slot 10.
	 *
	 * @param signerCertificate the signer CA certificate (its signer ID goes into the issuer name)
	 */
	public static byte[] fromPublicKey(byte[] devicePublicKey, byte[] signerCertificate, DigestSigner signer,
			CertDate issued, IProgressMonitor monitor) throws SigningException, AtcacertException {
		CertificateDefinition def = AsiCertificateDefinitions.device();
		byte[] signerKey = signer.publicKey(monitor);
		byte[] certifiedSignerKey = CertificateRebuilder.deviceData(AsiCertificateDefinitions.signer(), signerCertificate)
				.subjectPublicKey();
		if (!java.util.Arrays.equals(signerKey, certifiedSignerKey)) {
			throw new AtcacertException(signer.description() + " does not hold the key of the signer certificate");
		}
		int signerId = CaCertificates.signerIdOf(signerCertificate);
		CompressedCertificate unsigned = new CompressedCertificate(new byte[64], issued, def.expireYears(), signerId,
				def.templateId(), def.chainId(), def.serialNumberSource(),
				CompressedCertificate.formatVersionFor(issued, def.expireYears()));
		byte[] tbsCert = CertificateRebuilder.rebuild(def, unsigned,
				DeviceData.of(devicePublicKey).caPublicKey(signerKey));
		byte[] signature = signer.sign(CertificateRebuilder.tbsDigest(def, tbsCert), monitor);
		return CertificateRebuilder.withSignature(def, tbsCert, signature);
	}

	/**
	 * A device certificate for a PKCS#10 request (its signature is checked first): the CSR's subject
	 * and key, CA:FALSE, digitalSignature, clientAuth, SKI/AKI, random 16-byte serial.
	 */
	public static byte[] fromCsr(byte[] csr, byte[] signerCertificate, DigestSigner signer, Instant notBefore,
			Instant notAfter, IProgressMonitor monitor) throws SigningException, CertificateParseException {
		PKCS10CertificationRequest request;
		try {
			request = new PKCS10CertificationRequest(csr);
			if (!request.isSignatureValid(new JcaContentVerifierProviderBuilder().build(jdkKey(request)))) {
				throw new CertificateParseException("the CSR's signature does not verify with its own key");
			}
		} catch (IOException | RuntimeException e) {
			throw new CertificateParseException("not a PKCS#10 certificate request: " + e.getMessage(), e);
		} catch (OperatorCreationException | PKCSException | java.security.GeneralSecurityException e) {
			throw new CertificateParseException("cannot check the CSR signature: " + e.getMessage(), e);
		}
		Certificate issuer;
		try {
			issuer = Certificate.getInstance(signerCertificate);
		} catch (RuntimeException e) {
			throw new CertificateParseException("bad signer certificate: " + e.getMessage(), e);
		}
		byte[] serial = new byte[16];
		new SecureRandom().nextBytes(serial);
		serial[0] = (byte) ((serial[0] & 0x7f) | 0x40);
		X509v3CertificateBuilder builder = new X509v3CertificateBuilder(issuer.getSubject(), new BigInteger(1, serial),
				new Time(Date.from(notBefore)), new Time(Date.from(notAfter)), request.getSubject(),
				request.getSubjectPublicKeyInfo());
		try {
			builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
			builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
			builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth));
			builder.addExtension(Extension.subjectKeyIdentifier, false, new SubjectKeyIdentifier(
					sha1(request.getSubjectPublicKeyInfo().getPublicKeyData().getBytes())));
			builder.addExtension(Extension.authorityKeyIdentifier, false,
					new AuthorityKeyIdentifier(KeyIds.of(signer.publicKey(monitor))));
			return builder.build(new DigestContentSigner(signer, monitor)).getEncoded();
		} catch (RuntimeOperatorException e) {
			throw DigestContentSigner.unwrap(e);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The CSR key as a JDK key (the JDK names key factories by algorithm, not by OID). */
	private static java.security.PublicKey jdkKey(PKCS10CertificationRequest request)
			throws java.security.GeneralSecurityException, IOException {
		String oid = request.getSubjectPublicKeyInfo().getAlgorithm().getAlgorithm().getId();
		String algorithm = switch (oid) {
		case "1.2.840.10045.2.1" -> "EC";
		case "1.2.840.113549.1.1.1" -> "RSA";
		case "1.3.101.112" -> "Ed25519";
		default -> throw new java.security.NoSuchAlgorithmException("unsupported CSR key algorithm " + oid);
		};
		return java.security.KeyFactory.getInstance(algorithm).generatePublic(
				new java.security.spec.X509EncodedKeySpec(request.getSubjectPublicKeyInfo().getEncoded()));
	}

	private static byte[] sha1(byte[] data) {
		try {
			return java.security.MessageDigest.getInstance("SHA-1").digest(data);
		} catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
