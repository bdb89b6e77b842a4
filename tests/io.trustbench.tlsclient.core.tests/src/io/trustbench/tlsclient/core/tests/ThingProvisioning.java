package io.trustbench.tlsclient.core.tests;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;

import io.trustbench.pki.core.atcacert.AsiCertificateDefinitions;
import io.trustbench.pki.core.atcacert.CertDate;
import io.trustbench.pki.core.atcacert.CertificateDefinition;
import io.trustbench.pki.core.atcacert.CertificateRebuilder;
import io.trustbench.pki.core.atcacert.CompressedCertificate;
import io.trustbench.pki.core.atcacert.DeviceData;
import io.trustbench.pki.core.atcacert.KeyIds;
import io.trustbench.secureelement.core.SecureElement;
import io.trustbench.tlsclient.core.internal.EcdsaEncoding;
import io.trustbench.tlsclient.core.thing.ThingCertificates;
import io.trustbench.tlsclient.core.thing.ThingUserData;

/**
 * The provisioning the seed's GUI does (REGISTER SIGNER + PREPARE AWS THING, §7), enough for
 * these tests: the emulated root kit signs a root certificate and the signer certificate (ASI
 * template 1), the signer kit signs the thing's device certificate (template 2) over the thing's
 * slot-0 key, and the thing receives both compressed, the signer key, the AKI, host and thing
 * name. Every signature is made by a kit; no software key exists.
 */
final class ThingProvisioning {

	static final int CA_SLOT = 3;
	static final int SIGNER_ID = 0x0C0A;

	final X509Certificate root;
	final X509Certificate signer;
	final X509Certificate device;

	private ThingProvisioning(X509Certificate root, X509Certificate signer, X509Certificate device) {
		this.root = root;
		this.signer = signer;
		this.device = device;
	}

	static ThingProvisioning run(SecureElement rootKit, SecureElement signerKit, SecureElement thing, String host,
			String thingName) throws Exception {
		CertDate issued = new CertDate(2026, 1, 1, 0, 0, 0);
		byte[] rootKey = rootKit.publicKey(CA_SLOT);
		byte[] signerKey = signerKit.publicKey(CA_SLOT);
		byte[] thingKey = thing.publicKey(0);

		CertificateDefinition signerDef = AsiCertificateDefinitions.signer();
		DeviceData signerData = DeviceData.of(signerKey).authorityKeyId(KeyIds.of(rootKey))
				.extraElement(AsiCertificateDefinitions.SIGNER_AUTHORITY_KEY_ID, KeyIds.of(rootKey));
		CompressedCertificate signerCompressed = sign(signerDef, signerData, issued, rootKit);
		byte[] signerDer = CertificateRebuilder.rebuild(signerDef, signerCompressed, signerData);

		CertificateDefinition deviceDef = AsiCertificateDefinitions.device();
		DeviceData deviceData = DeviceData.of(thingKey).caPublicKey(signerKey);
		CompressedCertificate deviceCompressed = sign(deviceDef, deviceData, issued, signerKit);
		byte[] deviceDer = CertificateRebuilder.rebuild(deviceDef, deviceCompressed, deviceData);

		thing.writeSlot(ThingCertificates.DEVICE_CERT_SLOT, 0, deviceCompressed.toBytes(), null);
		thing.writeSlot(ThingCertificates.SIGNER_CERT_SLOT, 0, signerCompressed.toBytes(), null);
		thing.writeSlot(ThingCertificates.SIGNER_KEY_SLOT, 0, padded(signerKey), null);
		thing.writeSlot(ThingUserData.SLOT, 180, KeyIds.of(rootKey), null);
		ThingUserData.writeHostAndThing(thing, host, thingName, null);

		X509Certificate signerCert = x509(signerDer);
		X509Certificate rootCert = rootCertificate(rootKit, rootKey, signerCert);
		return new ThingProvisioning(rootCert, signerCert, x509(deviceDer));
	}

	private static CompressedCertificate sign(CertificateDefinition def, DeviceData data, CertDate issued,
			SecureElement issuer) throws Exception {
		CompressedCertificate unsigned = new CompressedCertificate(new byte[64], issued, def.expireYears(), SIGNER_ID,
				def.templateId(), def.chainId(), def.serialNumberSource(),
				CompressedCertificate.formatVersionFor(issued, def.expireYears()));
		byte[] tbs = CertificateRebuilder.rebuild(def, unsigned, data);
		byte[] rs = issuer.sign(CA_SLOT, CertificateRebuilder.tbsDigest(def, tbs), null);
		return new CompressedCertificate(rs, issued, def.expireYears(), SIGNER_ID, def.templateId(), def.chainId(),
				def.serialNumberSource(), unsigned.formatVersion());
	}

	/** Self-signed root named as the signer template's issuer, SKI matching the signer's AKI, signed by the root kit. */
	private static X509Certificate rootCertificate(SecureElement rootKit, byte[] rootKey, X509Certificate signer)
			throws Exception {
		X500Name name = X500Name.getInstance(signer.getIssuerX500Principal().getEncoded());
		byte[] point = new byte[65];
		point[0] = 4;
		System.arraycopy(rootKey, 0, point, 1, 64);
		SubjectPublicKeyInfo spki = new SubjectPublicKeyInfo(new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey,
				X9ObjectIdentifiers.prime256v1), point);
		ZonedDateTime from = ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
		X509v3CertificateBuilder b = new X509v3CertificateBuilder(name, BigInteger.valueOf(Instant.now().toEpochMilli()),
				Date.from(from.toInstant()), Date.from(Instant.now().plus(3650, ChronoUnit.DAYS)), name, spki);
		b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
		b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
		b.addExtension(Extension.subjectKeyIdentifier, false, new SubjectKeyIdentifier(KeyIds.of(rootKey)));
		return x509(b.build(kitSigner(rootKit)).getEncoded());
	}

	/** A BouncyCastle ContentSigner whose ECDSA signature comes from a kit's CA slot. */
	static ContentSigner kitSigner(SecureElement kit) {
		MessageDigest sha256;
		try {
			sha256 = MessageDigest.getInstance("SHA-256");
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
		return new ContentSigner() {
			@Override
			public AlgorithmIdentifier getAlgorithmIdentifier() {
				return new AlgorithmIdentifier(X9ObjectIdentifiers.ecdsa_with_SHA256);
			}

			@Override
			public OutputStream getOutputStream() {
				return new OutputStream() {
					@Override
					public void write(int b) {
						sha256.update((byte) b);
					}

					@Override
					public void write(byte[] b, int off, int len) {
						sha256.update(b, off, len);
					}
				};
			}

			@Override
			public byte[] getSignature() {
				try {
					return EcdsaEncoding.toDer(kit.sign(CA_SLOT, sha256.digest(), null));
				} catch (Exception e) {
					throw new IllegalStateException(e);
				}
			}
		};
	}

	static byte[] padded(byte[] key) {
		byte[] out = new byte[72];
		System.arraycopy(key, 0, out, 4, 32);
		System.arraycopy(key, 32, out, 40, 32);
		return out;
	}

	static X509Certificate x509(byte[] der) throws Exception {
		return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
	}

	static String pem(X509Certificate cert) throws Exception {
		return "-----BEGIN CERTIFICATE-----\n"
				+ java.util.Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(cert.getEncoded())
				+ "\n-----END CERTIFICATE-----\n";
	}

}
