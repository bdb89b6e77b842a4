package io.trustbench.pki.core;

import java.math.BigInteger;
import java.security.KeyPair;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DERSequence;
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
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cms.CMSAbsentContent;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.CollectionStore;

/** Certificates built with BouncyCastle for tests that must not depend on the openssl CLI. */
public final class TestCertificates {

	private TestCertificates() {
	}

	public static byte[] withManyExtensions() throws Exception {
		KeyPair key = TestKeys.generate(99);
		X500Name name = new X500Name("CN=fuzz seed,O=Trustbench");
		JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(0x1234567),
				new Date(1_700_000_000_000L), new Date(1_900_000_000_000L), name, key.getPublic());
		JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
		builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(1));
		builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.digitalSignature));
		builder.addExtension(Extension.extendedKeyUsage, false,
				new ExtendedKeyUsage(new KeyPurposeId[] { KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth }));
		builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(key.getPublic()));
		builder.addExtension(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(key.getPublic()));
		builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
				new GeneralName(GeneralName.dNSName, "fuzz.example.com"),
				new GeneralName(GeneralName.iPAddress, "10.0.0.1"),
				new GeneralName(GeneralName.rfc822Name, "a@example.com") }));
		builder.addExtension(Extension.authorityInfoAccess, false, new AuthorityInformationAccess(
				new AccessDescription(AccessDescription.id_ad_ocsp,
						new GeneralName(GeneralName.uniformResourceIdentifier, "http://ocsp.example.com"))));
		builder.addExtension(new ASN1ObjectIdentifier("2.16.840.1.113730.1.13"), false, new DERIA5String("comment"));
		builder.addExtension(new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.7"), false, new DERSequence());
		X509CertificateHolder holder = builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(key.getPrivate()));
		return holder.getEncoded();
	}

	public static byte[] pkcs7(List<byte[]> certificates) throws Exception {
		CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
		List<X509CertificateHolder> holders = new java.util.ArrayList<>();
		for (byte[] der : certificates) {
			holders.add(new X509CertificateHolder(der));
		}
		generator.addCertificates(new CollectionStore<>(holders));
		return generator.generate(new CMSAbsentContent()).getEncoded();
	}
}
