package io.trustbench.pki.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.SignedData;

import io.trustbench.pki.core.asn1.DerFormatException;
import io.trustbench.pki.core.asn1.DerNode;
import io.trustbench.pki.core.asn1.DerReader;
import io.trustbench.pki.core.extensions.ExtensionDecoderRegistry;

/**
 * Reads every certificate in a file: PEM (any number of CERTIFICATE, TRUSTED CERTIFICATE, PKCS7
 * and CMS blocks; other blocks are skipped), a DER certificate, concatenated DER certificates, or
 * a DER PKCS#7/CMS SignedData (certs-only .p7b/.p7c). Every failure is a
 * {@link CertificateParseException} with one line naming what is wrong.
 */
public final class CertificateReader {

	/** Larger inputs are refused before parsing (certificate files are kilobytes). */
	public static final int MAX_INPUT = 16 * 1024 * 1024;

	private static final String SIGNED_DATA = "1.2.840.113549.1.7.2";
	private static final String BEGIN = "-----BEGIN ";
	private static final String END = "-----END ";
	private static final String DASHES = "-----";

	private CertificateReader() {
	}

	public static List<CertificateModel> read(Path file) throws CertificateParseException, IOException {
		long size = Files.size(file);
		if (size > MAX_INPUT) {
			throw new CertificateParseException(file + " is " + size + " bytes; certificate files are at most "
					+ MAX_INPUT);
		}
		return read(Files.readAllBytes(file));
	}

	public static List<CertificateModel> read(byte[] data) throws CertificateParseException {
		return read(data, ExtensionDecoderRegistry.get());
	}

	public static List<CertificateModel> read(byte[] data, ExtensionDecoderRegistry decoders)
			throws CertificateParseException {
		if (data.length == 0) {
			throw new CertificateParseException("the input is empty");
		}
		if (data.length > MAX_INPUT) {
			throw new CertificateParseException("the input is larger than " + MAX_INPUT + " bytes");
		}
		List<CertificateModel> result = looksLikeText(data) ? readPem(data, decoders) : readDer(data, decoders);
		if (result.isEmpty()) {
			throw new CertificateParseException("no certificate found in the input");
		}
		return result;
	}

	private static List<CertificateModel> readPem(byte[] data, ExtensionDecoderRegistry decoders)
			throws CertificateParseException {
		String text = new String(data, StandardCharsets.ISO_8859_1);
		List<CertificateModel> result = new ArrayList<>();
		Set<String> skipped = new LinkedHashSet<>();
		int block = 0;
		int from = 0;
		// indexOf scanning, not a regex: linear even for hostile input with many BEGIN lines
		while (true) {
			int begin = text.indexOf(BEGIN, from);
			if (begin < 0) {
				break;
			}
			int labelEnd = text.indexOf(DASHES, begin + BEGIN.length());
			int end = labelEnd < 0 ? -1 : text.indexOf(END, labelEnd);
			if (end < 0) {
				throw new CertificateParseException("broken PEM: a BEGIN line without a matching END line");
			}
			int endLabelEnd = text.indexOf(DASHES, end + END.length());
			if (endLabelEnd < 0) {
				throw new CertificateParseException("broken PEM: unterminated END line");
			}
			block++;
			String label = text.substring(begin + BEGIN.length(), labelEnd);
			String endLabel = text.substring(end + END.length(), endLabelEnd);
			if (!label.equals(endLabel)) {
				throw new CertificateParseException("PEM block " + block + " begins with '" + abbreviate(label)
						+ "' but ends with '" + abbreviate(endLabel) + "'");
			}
			byte[] der = base64(text.substring(labelEnd + DASHES.length(), end), block, label);
			switch (label) {
			case "CERTIFICATE", "X509 CERTIFICATE" -> result.add(parse(der, decoders, "PEM block " + block));
			case "TRUSTED CERTIFICATE" -> result.add(parse(first(der, block), decoders, "PEM block " + block));
			case "PKCS7", "CMS", "PKCS #7 SIGNED DATA" -> result.addAll(readPkcs7(der, decoders));
			default -> skipped.add(abbreviate(label));
			}
			from = endLabelEnd + DASHES.length();
		}
		if (block == 0) {
			throw new CertificateParseException("not a certificate: neither PEM nor DER");
		}
		if (result.isEmpty()) {
			throw new CertificateParseException("no certificate in the PEM input (found " + String.join(", ", skipped)
					+ ")");
		}
		return result;
	}

	private static List<CertificateModel> readDer(byte[] data, ExtensionDecoderRegistry decoders)
			throws CertificateParseException {
		List<CertificateModel> result = new ArrayList<>();
		int offset = 0;
		while (offset < data.length) {
			byte[] rest = offset == 0 ? data : java.util.Arrays.copyOfRange(data, offset, data.length);
			DerNode node;
			try {
				node = DerReader.parseFirst(rest);
			} catch (DerFormatException e) {
				throw new CertificateParseException("not a DER certificate: " + e.getMessage()
						+ (offset > 0 ? " (after " + result.size() + " certificates)" : ""), e);
			}
			byte[] element = java.util.Arrays.copyOf(rest, node.end());
			if (isPkcs7(node)) {
				result.addAll(readPkcs7(element, decoders));
			} else {
				result.add(parse(element, decoders, "DER element at byte " + offset));
			}
			offset += node.end();
		}
		return result;
	}

	private static boolean isPkcs7(DerNode node) {
		try {
			return node.isUniversal(16) && !node.children().isEmpty() && node.child(0).isUniversal(6)
					&& "1.2.840.113549.1.7.2".equals(org.bouncycastle.asn1.ASN1ObjectIdentifier
							.getInstance(node.child(0).encoded()).getId());
		} catch (DerFormatException | RuntimeException e) {
			return false;
		}
	}

	private static List<CertificateModel> readPkcs7(byte[] der, ExtensionDecoderRegistry decoders)
			throws CertificateParseException {
		try {
			DerReader.parse(der);
		} catch (DerFormatException e) {
			throw new CertificateParseException("bad PKCS#7: " + e.getMessage(), e);
		}
		ASN1Set certificates;
		try {
			ContentInfo info = ContentInfo.getInstance(der);
			if (!SIGNED_DATA.equals(info.getContentType().getId())) {
				throw new CertificateParseException("PKCS#7 content is " + info.getContentType().getId()
						+ ", not SignedData");
			}
			certificates = SignedData.getInstance(info.getContent()).getCertificates();
		} catch (RuntimeException e) {
			throw new CertificateParseException("bad PKCS#7 SignedData: " + CertificateModel.oneLine(e), e);
		}
		List<CertificateModel> result = new ArrayList<>();
		if (certificates == null) {
			return result;
		}
		int index = 0;
		for (ASN1Encodable element : certificates) {
			index++;
			try {
				result.add(parse(element.toASN1Primitive().getEncoded("DER"), decoders,
						"PKCS#7 certificate " + index));
			} catch (IOException e) {
				throw new CertificateParseException("PKCS#7 certificate " + index + " cannot be encoded", e);
			}
		}
		return result;
	}

	private static CertificateModel parse(byte[] der, ExtensionDecoderRegistry decoders, String where)
			throws CertificateParseException {
		try {
			return CertificateModel.parse(der, decoders);
		} catch (CertificateParseException e) {
			throw new CertificateParseException(where + ": " + e.getMessage(), e);
		}
	}

	private static String abbreviate(String label) {
		String clean = label.replaceAll("[^\\x20-\\x7e]", "?");
		return clean.length() <= 40 ? clean : clean.substring(0, 40) + "…";
	}

	private static byte[] first(byte[] der, int block) throws CertificateParseException {
		try {
			return DerReader.parseFirst(der).encoded();
		} catch (DerFormatException e) {
			throw new CertificateParseException("PEM block " + block + ": " + e.getMessage(), e);
		}
	}

	private static byte[] base64(String body, int block, String label) throws CertificateParseException {
		StringBuilder clean = new StringBuilder();
		for (String line : body.split("\\r?\\n")) {
			if (line.contains(":")) {
				continue; // RFC 1421 headers such as Proc-Type
			}
			clean.append(line.strip());
		}
		try {
			byte[] der = Base64.getDecoder().decode(clean.toString());
			if (der.length == 0) {
				throw new CertificateParseException("PEM block " + block + " (" + label + ") is empty");
			}
			return der;
		} catch (IllegalArgumentException e) {
			throw new CertificateParseException("PEM block " + block + " (" + label + ") is not valid base64: "
					+ e.getMessage());
		}
	}

	/** PEM is printable ASCII; DER starts with a SEQUENCE tag (0x30) which is also '0'… so check more. */
	private static boolean looksLikeText(byte[] data) {
		int n = Math.min(data.length, 4096);
		String start = new String(data, 0, n, StandardCharsets.ISO_8859_1);
		if (start.contains("-----BEGIN")) {
			return true;
		}
		for (int i = 0; i < n; i++) {
			int b = data[i] & 0xff;
			if (b < 0x09 || (b > 0x0d && b < 0x20) || b > 0x7e) {
				return false;
			}
		}
		return true;
	}
}
