package io.trustbench.pki.core;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;

import io.trustbench.pki.core.asn1.DerFormatException;
import io.trustbench.pki.core.asn1.DerNode;
import io.trustbench.pki.core.asn1.DerReader;
import io.trustbench.pki.core.asn1.OidNames;
import io.trustbench.pki.core.extensions.ExtensionDecoderRegistry;

/**
 * One parsed X.509 certificate: the values a user reads (names, validity, key, extensions,
 * fingerprints), the exact DER with its ASN.1 tree, and a field tree with byte offsets for the
 * inspector. Immutable. Create with {@link #parse(byte[])} or through {@link CertificateReader}.
 */
public final class CertificateModel {

	private final byte[] der;
	private final DerNode asn1;
	private final Certificate certificate;
	private final List<DecodedExtension> extensions;
	private volatile Field fields;

	private CertificateModel(byte[] der, DerNode asn1, Certificate certificate, List<DecodedExtension> extensions) {
		this.der = der;
		this.asn1 = asn1;
		this.certificate = certificate;
		this.extensions = extensions;
	}

	/** Parses one DER certificate; decoders from {@link ExtensionDecoderRegistry#get()}. */
	public static CertificateModel parse(byte[] der) throws CertificateParseException {
		return parse(der, ExtensionDecoderRegistry.get());
	}

	public static CertificateModel parse(byte[] der, ExtensionDecoderRegistry decoders)
			throws CertificateParseException {
		byte[] copy = der.clone();
		DerNode root;
		try {
			root = DerReader.parse(copy);
		} catch (DerFormatException e) {
			throw new CertificateParseException("not a DER certificate: " + e.getMessage(), e);
		}
		CertificateStructure.check(root);
		Certificate certificate;
		try {
			certificate = Certificate.getInstance(copy);
		} catch (RuntimeException e) {
			throw new CertificateParseException("not an X.509 certificate: " + oneLine(e), e);
		}
		if (certificate.getTBSCertificate() == null || certificate.getStartDate() == null) {
			throw new CertificateParseException("not an X.509 certificate: missing fields");
		}
		try {
			CertificateModel model = new CertificateModel(copy, root, certificate,
					decodeExtensions(root, certificate.getTBSCertificate().getExtensions(), decoders));
			// BouncyCastle parses parts lazily: touch everything now so that a malformed name, key
			// or date is a parse error here and never an exception later in a view
			model.subject();
			model.issuer();
			model.publicKey();
			model.notBefore();
			model.notAfter();
			model.signatureHex();
			model.fields();
			return model;
		} catch (RuntimeException e) {
			throw new CertificateParseException("malformed X.509 certificate: " + oneLine(e), e);
		}
	}

	/** The DER encoding (a copy). */
	public byte[] encoded() {
		return der.clone();
	}

	/** The ASN.1 tree of {@link #encoded()} with offsets. */
	public DerNode asn1() {
		return asn1;
	}

	/** BouncyCastle's view, for callers that need more. */
	public Certificate bouncyCastle() {
		return certificate;
	}

	/** 1, 2 or 3. */
	public int version() {
		return certificate.getVersionNumber();
	}

	public BigInteger serialNumber() {
		return certificate.getSerialNumber().getValue();
	}

	/** Lowercase hex without colons or leading zeros ("0" for zero). */
	public String serialHex() {
		return serialNumber().toString(16);
	}

	/** Colon-separated bytes of the DER INTEGER content, as openssl prints serials. */
	public String serialColonHex() {
		byte[] bytes = certificate.getSerialNumber().getValue().toByteArray();
		StringBuilder out = new StringBuilder();
		for (byte b : bytes) {
			if (out.length() > 0) {
				out.append(':');
			}
			out.append(String.format("%02x", b & 0xff));
		}
		return out.toString();
	}

	public String signatureAlgorithm() {
		return OidNames.name(signatureAlgorithmOid());
	}

	public String signatureAlgorithmOid() {
		return certificate.getSignatureAlgorithm().getAlgorithm().getId();
	}

	/** RFC 4514 issuer name. */
	public String issuer() {
		return DistinguishedNames.rfc4514(certificate.getIssuer());
	}

	/** RFC 4514 subject name. */
	public String subject() {
		return DistinguishedNames.rfc4514(certificate.getSubject());
	}

	public Instant notBefore() {
		return certificate.getStartDate().getDate().toInstant();
	}

	public Instant notAfter() {
		return certificate.getEndDate().getDate().toInstant();
	}

	/** Whole days until notAfter (negative when expired). */
	public long daysLeft(Instant now) {
		return Math.floorDiv(Duration.between(now, notAfter()).getSeconds(), 86400L);
	}

	public boolean isValidAt(Instant time) {
		return !time.isBefore(notBefore()) && !time.isAfter(notAfter());
	}

	public boolean isSelfIssued() {
		return certificate.getIssuer().equals(certificate.getSubject());
	}

	public PublicKeyInfo publicKey() {
		return PublicKeys.describe(certificate.getSubjectPublicKeyInfo());
	}

	/** The signature value as lowercase hex (DER ECDSA-Sig-Value for ECDSA). */
	public String signatureHex() {
		return HexFormat.of().formatHex(certificate.getSignature().getBytes());
	}

	public List<DecodedExtension> extensions() {
		return extensions;
	}

	public Optional<DecodedExtension> extension(String oid) {
		return extensions.stream().filter(e -> e.oid().equals(oid)).findFirst();
	}

	/** Lowercase hex fingerprint of the DER with SHA-1, SHA-256 or another JDK digest. */
	public String fingerprint(String digest) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance(digest).digest(der));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalArgumentException("unknown digest " + digest);
		}
	}

	/** Field tree with DER offsets (built on first use). */
	public Field fields() {
		Field result = fields;
		if (result == null) {
			result = CertificateFields.build(this);
			fields = result;
		}
		return result;
	}

	/** PEM text with 64-character lines. */
	public String toPem() {
		String base64 = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
		return "-----BEGIN CERTIFICATE-----\n" + base64 + "\n-----END CERTIFICATE-----\n";
	}

	/** The JDK's view, for path validation. */
	public X509Certificate toX509() throws CertificateParseException {
		try {
			return (X509Certificate) CertificateFactory.getInstance("X.509")
					.generateCertificate(new ByteArrayInputStream(der));
		} catch (CertificateException | RuntimeException e) {
			throw new CertificateParseException("the JDK cannot read this certificate: " + oneLine(e), e);
		}
	}

	private static List<DecodedExtension> decodeExtensions(DerNode root, Extensions bcExtensions,
			ExtensionDecoderRegistry decoders) throws CertificateParseException {
		List<DecodedExtension> result = new ArrayList<>();
		if (bcExtensions == null) {
			return result;
		}
		List<DerNode> nodes = CertificateStructure.extensionNodes(root);
		int index = 0;
		for (var oid : bcExtensions.getExtensionOIDs()) {
			Extension extension = bcExtensions.getExtension(oid);
			DerNode node = index < nodes.size() ? nodes.get(index) : null;
			index++;
			result.add(ExtensionDecoding.decode(decoders, oid.getId(), extension.isCritical(),
					extension.getExtnValue().getOctets(), node == null ? 0 : node.offset(),
					node == null ? 0 : node.totalLength()));
		}
		return List.copyOf(result);
	}

	static String oneLine(Throwable e) {
		String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		return message.replace('\n', ' ').replace('\r', ' ').trim();
	}

	@Override
	public String toString() {
		return subject() + " (serial " + serialHex() + ")";
	}
}
