package io.trustbench.pki.ui.internal.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import io.trustbench.pki.core.CertificateModel;
import io.trustbench.pki.core.DecodedExtension;
import io.trustbench.pki.core.Field;

/**
 * The Fields tab's tree: the core's field tree (every field knows its DER bytes) plus what a
 * KeyStore Explorer user expects next to it — days left on the validity, fingerprints — and
 * multi-line extension values split into one child per line so they read as a tree. Added nodes
 * that have no bytes of their own point at the bytes they describe (fingerprints: the whole
 * certificate; a value line: the extension value).
 */
public final class InspectorFields {

	private InspectorFields() {
	}

	public static Field build(CertificateModel cert, Instant now) {
		Field root = cert.fields();
		List<Field> children = new ArrayList<>();
		for (Field child : root.children()) {
			if (child.name().equals("Validity")) {
				children.add(withDaysLeft(child, cert, now));
			} else if (child.name().equals("Extensions")) {
				children.add(splitLines(withProblems(child, cert.extensions())));
			} else {
				children.add(splitLines(child));
			}
		}
		List<Field> fingerprints = List.of(
				Field.leaf("SHA-1", colonHex(cert.fingerprint("SHA-1")), root.offset(), root.length()),
				Field.leaf("SHA-256", colonHex(cert.fingerprint("SHA-256")), root.offset(), root.length()));
		children.add(new Field(Messages.InspectorFields_fingerprints, Messages.InspectorFields_fingerprintsValue,
				root.offset(), root.length(), fingerprints));
		return new Field(root.name(), root.value(), root.offset(), root.length(), children);
	}

	/** "expires in 364 days", "expired 3 days ago", "not valid yet". */
	public static String daysLeft(CertificateModel cert, Instant now) {
		if (now.isBefore(cert.notBefore())) {
			return Messages.InspectorFields_notYetValid;
		}
		long days = cert.daysLeft(now);
		return days < 0 ? NLS.bind(Messages.InspectorFields_expiredDaysAgo, -days)
				: NLS.bind(Messages.InspectorFields_daysLeft, days);
	}

	/** One line for a table cell: lines joined with "; ". */
	public static String oneLine(String value) {
		return value.strip().replaceAll("\\s*\\n\\s*", "; ");
	}

	static String colonHex(String hex) {
		StringBuilder out = new StringBuilder(hex.length() * 3 / 2);
		for (int i = 0; i < hex.length(); i += 2) {
			if (i > 0) {
				out.append(':');
			}
			out.append(hex, i, Math.min(i + 2, hex.length()));
		}
		return out.toString().toUpperCase(java.util.Locale.ROOT);
	}

	private static Field withDaysLeft(Field validity, CertificateModel cert, Instant now) {
		List<Field> dates = new ArrayList<>(validity.children());
		dates.add(Field.leaf(Messages.InspectorFields_remaining, daysLeft(cert, now), validity.offset(),
				validity.length()));
		return new Field(validity.name(), validity.value() + " (" + daysLeft(cert, now) + ")", validity.offset(),
				validity.length(), dates);
	}

	/** A decoder that failed says why, next to the hex the core falls back to. */
	private static Field withProblems(Field extensions, List<DecodedExtension> decoded) {
		List<Field> children = new ArrayList<>();
		for (int i = 0; i < extensions.children().size(); i++) {
			Field extension = extensions.children().get(i);
			String problem = i < decoded.size() ? decoded.get(i).problem() : null;
			if (problem == null) {
				children.add(extension);
				continue;
			}
			List<Field> parts = new ArrayList<>(extension.children());
			parts.add(Field.leaf(Messages.InspectorFields_problem, problem, extension.offset(), extension.length()));
			children.add(new Field(extension.name(), extension.value(), extension.offset(), extension.length(), parts));
		}
		return new Field(extensions.name(), extensions.value(), extensions.offset(), extensions.length(), children);
	}

	private static Field splitLines(Field field) {
		if (field.children().isEmpty()) {
			String[] lines = field.value().strip().split("\n");
			if (lines.length < 2) {
				return field;
			}
			List<Field> lineFields = new ArrayList<>();
			for (String line : lines) {
				lineFields.add(Field.leaf("", line.strip(), field.offset(), field.length()));
			}
			return new Field(field.name(), oneLine(field.value()), field.offset(), field.length(), lineFields);
		}
		List<Field> children = new ArrayList<>();
		for (Field child : field.children()) {
			children.add(splitLines(child));
		}
		return new Field(field.name(), oneLine(field.value()), field.offset(), field.length(), children);
	}
}
