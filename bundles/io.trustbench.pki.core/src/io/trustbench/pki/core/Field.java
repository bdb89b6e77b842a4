package io.trustbench.pki.core;

import java.util.List;

/**
 * One node of a certificate's field tree, for the inspector: a name ("Validity", "Not After"), a
 * display value, and where its bytes are in the certificate's DER so the hex view can highlight
 * them. Offsets are relative to {@link CertificateModel#encoded()}.
 */
public record Field(String name, String value, int offset, int length, List<Field> children) {

	public Field {
		children = List.copyOf(children);
	}

	public static Field leaf(String name, String value, int offset, int length) {
		return new Field(name, value, offset, length, List.of());
	}

	/** The first child with this name, or null. */
	public Field child(String childName) {
		for (Field child : children) {
			if (child.name().equals(childName)) {
				return child;
			}
		}
		return null;
	}

	/** Finds a descendant by a path of names, e.g. {@code find("Validity", "Not After")}. */
	public Field find(String... path) {
		Field current = this;
		for (String name : path) {
			current = current == null ? null : current.child(name);
		}
		return current;
	}
}
