package io.trustbench.decoder.x509;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x509.Time;

import io.trustbench.decoder.ByteReader;
import io.trustbench.decoder.Dissector;
import io.trustbench.decoder.DissectorContext;
import io.trustbench.decoder.Field;
import io.trustbench.decoder.MalformedException;
import io.trustbench.decoder.tls.extension.SctList;

/**
 * Shows a TLS certificate's subject, issuer, serial, validity and key with BouncyCastle. This is
 * the seam for the PKI bundle ({@code io.trustbench.pki.core}): once its API is available it
 * contributes a richer decoder for (tls.certificate, x509) through the dissector extension point
 * and replaces this one without a change here.
 */
public final class CertificateFieldDecoder implements Dissector {

	private static final ASN1ObjectIdentifier EMBEDDED_SCTS = new ASN1ObjectIdentifier("1.3.6.1.4.1.11129.2.4.2");
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
			.withZone(ZoneOffset.UTC);

	@Override
	public void dissect(DissectorContext context, ByteReader in, Field tree) {
		int start = in.position();
		int length = in.remaining();
		byte[] der = in.bytes(length);
		Certificate certificate;
		try {
			ASN1Primitive primitive = ASN1Primitive.fromByteArray(der);
			certificate = Certificate.getInstance(primitive);
		} catch (Exception e) {
			throw new MalformedException("certificate is not DER X.509: " + e.getMessage(), start);
		}
		String subject = certificate.getSubject().toString();
		tree.setDisplay("Certificate: " + subject + " (" + length + " bytes)");
		Field tbs = tree.add(new Field("x509.tbsCertificate", "signedCertificate", null, in.source(), start, length));
		tbs.add(text("x509.version", "version: v" + certificate.getVersionNumber(),
				Integer.toString(certificate.getVersionNumber()), in, start, length));
		String serial = certificate.getSerialNumber().getValue().toString(16);
		tbs.add(text("x509.serialNumber", "serialNumber: 0x" + serial + " (" + certificate.getSerialNumber().getValue()
				+ ")", serial, in, start, length));
		tbs.add(text("x509.signature", "signature: " + certificate.getSignatureAlgorithm().getAlgorithm().getId(),
				certificate.getSignatureAlgorithm().getAlgorithm().getId(), in, start, length));
		tbs.add(text("x509.issuer", "issuer: " + certificate.getIssuer(), certificate.getIssuer().toString(), in, start,
				length));
		Field validity = tbs.add(new Field("x509.validity", "validity", null, in.source(), start, length));
		validity.add(text("x509.notBefore", "notBefore: " + time(certificate.getStartDate()),
				time(certificate.getStartDate()), in, start, length));
		validity.add(text("x509.notAfter", "notAfter: " + time(certificate.getEndDate()), time(certificate.getEndDate()),
				in, start, length));
		tbs.add(text("x509.subject", "subject: " + subject, subject, in, start, length));
		SubjectPublicKeyInfo key = certificate.getSubjectPublicKeyInfo();
		String algorithm = key.getAlgorithm().getAlgorithm().getId();
		String parameters = key.getAlgorithm().getParameters() == null ? "" : key.getAlgorithm().getParameters().toString();
		tbs.add(text("x509.subjectPublicKeyInfo", "subjectPublicKeyInfo: " + algorithm
				+ (parameters.isEmpty() ? "" : " (" + parameters + ")"), algorithm, in, start, length));
		signedCertificateTimestamps(certificate, der, in, start, tbs);
	}

	/** Embedded SCTs (RFC 6962 §3.3), dissected like the TLS extension so their fields match Wireshark's. */
	private static void signedCertificateTimestamps(Certificate certificate, byte[] der, ByteReader in, int start,
			Field tbs) {
		Extensions extensions = certificate.getTBSCertificate().getExtensions();
		Extension sct = extensions == null ? null : extensions.getExtension(EMBEDDED_SCTS);
		if (sct == null) {
			return;
		}
		byte[] list;
		try {
			list = ASN1OctetString.getInstance(sct.getParsedValue()).getOctets();
		} catch (RuntimeException e) {
			throw new MalformedException("embedded SCT extension is not an OCTET STRING", start);
		}
		int at = indexOf(der, list);
		if (at < 0) {
			return;
		}
		Field field = tbs.add(new Field("", "Extension: SignedCertificateTimestampList (" + EMBEDDED_SCTS + ")", null,
				in.source(), start + at, list.length));
		SctList.dissect(new ByteReader(in.source(), start + at, list.length), field);
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = haystack.length - needle.length; i >= 0; i--) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	private static String time(Time time) {
		Date date = time.getDate();
		return TIME.format(date.toInstant());
	}

	private static Field text(String name, String display, String value, ByteReader in, int start, int length) {
		return new Field(name, display, value, in.source(), start, length);
	}
}
