package io.trustbench.pki.core;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The human-readable report of {@code cert show}: every field, every extension by name. */
public final class CertificateText {

	private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_INSTANT;

	private CertificateText() {
	}

	public static String render(List<CertificateModel> certificates, Instant now) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < certificates.size(); i++) {
			if (i > 0) {
				out.append('\n');
			}
			out.append("Certificate ").append(i + 1).append(" of ").append(certificates.size()).append('\n');
			render(out, certificates.get(i), now);
		}
		return out.toString();
	}

	static void render(StringBuilder out, CertificateModel cert, Instant now) {
		line(out, 1, "Version", cert.version() + " (0x" + Integer.toHexString(cert.version() - 1) + ")");
		line(out, 1, "Serial Number", cert.serialColonHex());
		line(out, 1, "", "hex " + cert.serialHex() + ", decimal " + cert.serialNumber());
		line(out, 1, "Signature Algorithm", cert.signatureAlgorithm());
		line(out, 1, "Issuer", cert.issuer());
		line(out, 1, "Subject", cert.subject());
		line(out, 1, "Validity", "");
		line(out, 2, "Not Before", ISO.format(cert.notBefore()));
		line(out, 2, "Not After", ISO.format(cert.notAfter()) + " (" + daysLeft(cert, now) + ")");
		PublicKeyInfo key = cert.publicKey();
		line(out, 1, "Public Key", key.algorithm() + (key.curve() == null ? "" : ", curve " + key.curve()) + ", "
				+ key.bits() + " bit");
		line(out, 2, key.exponent() == null ? "Key" : "Modulus", colon(key.publicKeyHex()));
		if (key.exponent() != null) {
			line(out, 2, "Exponent", key.exponent() + " (0x" + Long.toHexString(key.exponent()) + ")");
		}
		if (!cert.extensions().isEmpty()) {
			line(out, 1, "Extensions", "");
			for (DecodedExtension extension : cert.extensions()) {
				indent(out, 2).append(extension.name()).append(extension.name().equals(extension.oid()) ? ""
						: " (" + extension.oid() + ")").append(extension.critical() ? ": critical" : ":").append('\n');
				if (extension.problem() != null) {
					indent(out, 3).append("! ").append(extension.problem()).append('\n');
				}
				for (String valueLine : extension.text().split("\n", -1)) {
					indent(out, 3).append(valueLine).append('\n');
				}
			}
		}
		line(out, 1, "Signature", colon(cert.signatureHex()));
		line(out, 1, "Fingerprints", "");
		line(out, 2, "SHA-1", colon(cert.fingerprint("SHA-1")));
		line(out, 2, "SHA-256", colon(cert.fingerprint("SHA-256")));
	}

	static String daysLeft(CertificateModel cert, Instant now) {
		if (now.isBefore(cert.notBefore())) {
			return "not valid yet";
		}
		long days = cert.daysLeft(now);
		return days < 0 ? "expired " + (-days) + " days ago" : days + " days left";
	}

	/** "label: value" with values aligned in one column; long hex values wrap at 16 bytes. */
	private static void line(StringBuilder out, int level, String label, String value) {
		int width = 24 - 2 * level;
		String head = label.isEmpty() ? "" : label + ":";
		String[] lines = wrap(value);
		indent(out, level).append(lines[0].isEmpty() ? head : String.format("%-" + width + "s%s", head, lines[0]))
				.append('\n');
		for (int i = 1; i < lines.length; i++) {
			out.append(" ".repeat(24)).append(lines[i]).append('\n');
		}
	}

	private static String[] wrap(String value) {
		// values longer than 32 bytes (keys, signatures) wrap at 16 bytes, each line ending in ':'
		if (!value.matches("([0-9a-f]{2}:){32,}[0-9a-f]{2}")) {
			return new String[] { value };
		}
		java.util.List<String> lines = new java.util.ArrayList<>();
		for (int i = 0; i < value.length(); i += 48) {
			lines.add(value.substring(i, Math.min(i + 48, value.length())));
		}
		return lines.toArray(new String[0]);
	}

	private static StringBuilder indent(StringBuilder out, int level) {
		return out.append("  ".repeat(level));
	}

	private static String colon(String hex) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < hex.length(); i += 2) {
			if (i > 0) {
				out.append(':');
			}
			out.append(hex, i, Math.min(i + 2, hex.length()));
		}
		return out.toString();
	}
}
