package io.trustbench.pki.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DLSet;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.x509.Certificate;

/** Export of one certificate or a chain: DER, PEM, PKCS#7 certs-only (DER or PEM). */
public final class CertificateExport {

	private CertificateExport() {
	}

	public static byte[] der(CertificateModel certificate) {
		return certificate.encoded();
	}

	public static String pem(List<CertificateModel> certificates) {
		StringBuilder out = new StringBuilder();
		certificates.forEach(c -> out.append(c.toPem()));
		return out.toString();
	}

	/**
	 * A degenerate SignedData (no signers) holding the certificates in the given order (.p7b/.p7c).
	 * Encoded with definite lengths but without DER's SET sorting, so the chain order survives.
	 */
	public static byte[] pkcs7(List<CertificateModel> certificates) {
		ASN1EncodableVector certs = new ASN1EncodableVector();
		for (CertificateModel certificate : certificates) {
			certs.add(Certificate.getInstance(certificate.encoded()));
		}
		SignedData signedData = new SignedData(new DLSet(), new ContentInfo(CMSObjectIdentifiers.data, null),
				new DLSet(certs), null, new DLSet());
		try {
			return new ContentInfo(CMSObjectIdentifiers.signedData, signedData).getEncoded(ASN1Encoding.DL);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	public static String pkcs7Pem(List<CertificateModel> certificates) {
		String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
				.encodeToString(pkcs7(certificates));
		return "-----BEGIN PKCS7-----\n" + base64 + "\n-----END PKCS7-----\n";
	}
}
