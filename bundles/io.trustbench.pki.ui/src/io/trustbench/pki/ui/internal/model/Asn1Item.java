package io.trustbench.pki.ui.internal.model;

import java.util.ArrayList;
import java.util.List;

import io.trustbench.pki.core.asn1.DerFormatException;
import io.trustbench.pki.core.asn1.DerNode;
import io.trustbench.pki.core.asn1.DerReader;

/**
 * One node of the ASN.1 tab: a DER element with its offset in the certificate. Besides the
 * element's own children it shows what is encapsulated where X.509 nests DER in a string —
 * the extnValue OCTET STRING of an extension, and BIT STRINGs holding a SEQUENCE (ECDSA
 * signature, RSA key) — as openssl asn1parse -strparse and KeyStore Explorer do, with offsets
 * still relative to the certificate so the hex pane highlights the right bytes.
 */
public final class Asn1Item {

	private static final int MAX_DEPTH = 48;

	private final DerNode node;
	private final int base;
	private final int depth;
	private final boolean encapsulated;
	private final List<Asn1Item> children;

	private Asn1Item(DerNode node, int base, int depth, boolean encapsulated, boolean extnValue) {
		this.node = node;
		this.base = base;
		this.depth = depth;
		this.encapsulated = encapsulated;
		this.children = buildChildren(extnValue);
	}

	/** The tree of a whole DER element whose offsets are already absolute. */
	public static Asn1Item root(DerNode node) {
		return new Asn1Item(node, 0, 0, false, false);
	}

	public DerNode node() {
		return node;
	}

	/** Offset of the tag byte in the certificate. */
	public int offset() {
		return base + node.offset();
	}

	/** Tag, length and content. */
	public int length() {
		return node.totalLength();
	}

	public int depth() {
		return depth;
	}

	/** True for an element decoded from inside an OCTET STRING or BIT STRING. */
	public boolean isEncapsulated() {
		return encapsulated;
	}

	public List<Asn1Item> children() {
		return children;
	}

	public String tag() {
		return node.describeTag();
	}

	/** Decoded value of a primitive element; empty for constructed ones. */
	public String value() {
		if (node.isConstructed()) {
			return "";
		}
		if (!children.isEmpty()) {
			return node.isUniversal(3) ? Messages.Asn1Item_encapsulatedBits : Messages.Asn1Item_encapsulated;
		}
		return Asn1Values.describe(node);
	}

	private List<Asn1Item> buildChildren(boolean extnValue) {
		List<Asn1Item> result = new ArrayList<>();
		if (depth >= MAX_DEPTH) {
			return result;
		}
		if (node.isConstructed()) {
			List<DerNode> nodes = node.children();
			boolean extension = isExtension(node);
			for (int i = 0; i < nodes.size(); i++) {
				boolean isValue = extension && i == nodes.size() - 1;
				result.add(new Asn1Item(nodes.get(i), base, depth + 1, encapsulated, isValue));
			}
			return result;
		}
		DerNode inner = encapsulatedElement(extnValue);
		if (inner != null) {
			int innerBase = base + node.valueOffset() + (node.isUniversal(3) ? 1 : 0);
			result.add(new Asn1Item(inner, innerBase, depth + 1, true, false));
		}
		return result;
	}

	/** Extension ::= SEQUENCE { extnID OID, critical BOOLEAN DEFAULT FALSE, extnValue OCTET STRING }. */
	private static boolean isExtension(DerNode node) {
		List<DerNode> c = node.children();
		return node.isUniversal(16) && (c.size() == 2 || c.size() == 3) && c.get(0).isUniversal(6)
				&& c.get(c.size() - 1).isUniversal(4) && (c.size() == 2 || c.get(1).isUniversal(1));
	}

	/**
	 * An extension value is always DER; any other string is only shown as nested DER when it
	 * parses completely as a SEQUENCE, so random key bytes are never dressed up as structure.
	 */
	private DerNode encapsulatedElement(boolean extnValue) {
		byte[] content;
		if (node.isUniversal(4) && extnValue) {
			content = node.value();
		} else if (node.isUniversal(3) && node.length() > 1 && node.value()[0] == 0) {
			byte[] value = node.value();
			content = java.util.Arrays.copyOfRange(value, 1, value.length);
		} else {
			return null;
		}
		try {
			DerNode parsed = DerReader.parse(content);
			return extnValue || parsed.isUniversal(16) ? parsed : null;
		} catch (DerFormatException | RuntimeException e) {
			return null;
		}
	}

	@Override
	public String toString() {
		return tag() + " @" + offset() + " len " + length();
	}
}
