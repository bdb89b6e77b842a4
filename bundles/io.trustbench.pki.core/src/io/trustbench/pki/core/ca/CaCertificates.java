package io.trustbench.pki.core.ca;

import java.io.IOException;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x509.Time;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.operator.RuntimeOperatorException;
import org.eclipse.core.runtime.IProgressMonitor;

import io.trustbench.pki.core.atcacert.AsiCertificateDefinitions;
import io.trustbench.pki.core.atcacert.AtcacertException;
import io.trustbench.pki.core.atcacert.CertDate;
import io.trustbench.pki.core.atcacert.CertificateDefinition;
import io.trustbench.pki.core.atcacert.CertificateDefinitionDeriver;
import io.trustbench.pki.core.atcacert.CertificateRebuilder;
import io.trustbench.pki.core.atcacert.CompressedCertificate;
import io.trustbench.pki.core.atcacert.DeviceData;
import io.trustbench.pki.core.atcacert.DeviceLocation;
import io.trustbench.pki.core.atcacert.KeyIds;
import io.trustbench.pki.core.atcacert.SerialNumberSource;
import io.trustbench.pki.core.atcacert.SerialNumbers;

/**
 * Issues the root and signer CA certificates on their devices. Both are built so that a device
 * can rebuild them from 72 bytes: the signer on the seed's signer template (ASI template 1), the
 * root on a definition derived from the root certificate itself. Names follow the templates
 * (O=Example Organization, CN=Example ATECC508A Root CA / Signer XXXX), so the chain matches what
 * the thing firmware rebuilds.
 */
public final class CaCertificates {

	private static final Instant NO_EXPIRY = Instant.parse("9999-12-31T23:59:59Z");

	private CaCertificates() {
	}

	/** The current UTC hour: compressed certificates keep whole hours only. */
	public static CertDate issueHour(Instant now) {
		return CertDate.of(now.truncatedTo(ChronoUnit.HOURS).atZone(ZoneOffset.UTC));
	}

	/** Self-signed root CA: CA:TRUE pathlen 1, keyCertSign + cRLSign + digitalSignature, SKI = AKI. */
	public static byte[] createRoot(DigestSigner root, CertDate issued, IProgressMonitor monitor)
			throws SigningException, AtcacertException {
		byte[] publicKey = root.publicKey(monitor);
		X500Name name = rootName();
		BigInteger serial = new BigInteger(1, SerialNumbers.publicKeyHash(publicKey, issued, 0, 16));
		byte[] keyId = KeyIds.of(publicKey);
		X509v3CertificateBuilder builder = new X509v3CertificateBuilder(name, serial, time(issued),
				new Time(Date.from(NO_EXPIRY)), name, subjectPublicKeyInfo(publicKey));
		try {
			builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(1));
			builder.addExtension(Extension.keyUsage, true,
					new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign | KeyUsage.digitalSignature));
			builder.addExtension(Extension.subjectKeyIdentifier, false, new SubjectKeyIdentifier(keyId));
			builder.addExtension(Extension.authorityKeyIdentifier, false, new AuthorityKeyIdentifier(keyId));
			return builder.build(new DigestContentSigner(root, monitor)).getEncoded();
		} catch (RuntimeOperatorException e) {
			throw DigestContentSigner.unwrap(e);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The definition that rebuilds a root certificate made by {@link #createRoot} from 72 bytes. */
	public static CertificateDefinition rootDefinition(byte[] rootCertificate) throws AtcacertException {
		return CertificateDefinitionDeriver.derive(rootCertificate, CertificateDefinition.builder()
				.name("Trustbench root CA (template " + PkiLayout.ROOT_TEMPLATE_ID + ")")
				.templateId(PkiLayout.ROOT_TEMPLATE_ID).chainId(0).serialNumberSource(SerialNumberSource.PUB_KEY_HASH)
				.expireYears(0).publicKeyDeviceLocation(DeviceLocation.genKey(PkiLayout.CA_KEY_SLOT))
				.compressedCertificateDeviceLocation(DeviceLocation.dataSlot(PkiLayout.ROOT_CERT_SLOT, 0, 72))
				.privateKeySlot(PkiLayout.CA_KEY_SLOT));
	}

	/**
	 * Signer CA certificate on the ASI signer template: the TBS is built here, its digest is
	 * signed by the root device (what {@code aws:i} + {@code aws:si} do between the dongles).
	 */
	public static byte[] createSigner(DigestSigner root, DigestSigner signer, int signerId, CertDate issued,
			IProgressMonitor monitor) throws SigningException, AtcacertException {
		CertificateDefinition def = AsiCertificateDefinitions.signer();
		byte[] signerKey = signer.publicKey(monitor);
		byte[] rootKey = root.publicKey(monitor);
		CompressedCertificate unsigned = new CompressedCertificate(new byte[64], issued, def.expireYears(), signerId,
				def.templateId(), def.chainId(), def.serialNumberSource(),
				CompressedCertificate.formatVersionFor(issued, def.expireYears()));
		byte[] tbsCert = CertificateRebuilder.rebuild(def, unsigned, DeviceData.of(signerKey).caPublicKey(rootKey));
		byte[] signature = root.sign(CertificateRebuilder.tbsDigest(def, tbsCert), monitor);
		return CertificateRebuilder.withSignature(def, tbsCert, signature);
	}

	/** Signer ID derived from the signer's key: the first two bytes of SHA-256(X‖Y). */
	public static int signerIdFor(byte[] signerPublicKey) {
		try {
			byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(signerPublicKey);
			return ((hash[0] & 0xff) << 8) | (hash[1] & 0xff);
		} catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The signer ID written in a signer certificate built on the ASI template. */
	public static int signerIdOf(byte[] signerCertificate) throws AtcacertException {
		return CertificateRebuilder.compress(AsiCertificateDefinitions.signer(), signerCertificate, null).signerId();
	}

	static X500Name rootName() {
		// The issuer of the ASI signer template, byte for byte, so the signer certificate chains to it.
		return Certificate.getInstance(AsiCertificateDefinitions.signer().template()).getIssuer();
	}

	static Time time(CertDate date) {
		return new Time(Date.from(Instant.parse(date.toString())));
	}

	static SubjectPublicKeyInfo subjectPublicKeyInfo(byte[] publicKey) {
		byte[] point = new byte[65];
		point[0] = 0x04;
		System.arraycopy(publicKey, 0, point, 1, 64);
		return new SubjectPublicKeyInfo(new org.bouncycastle.asn1.x509.AlgorithmIdentifier(
				org.bouncycastle.asn1.x9.X9ObjectIdentifiers.id_ecPublicKey,
				org.bouncycastle.asn1.sec.SECObjectIdentifiers.secp256r1), point);
	}
}
