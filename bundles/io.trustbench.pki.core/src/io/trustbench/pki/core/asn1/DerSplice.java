package io.trustbench.pki.core.asn1;

import java.io.ByteArrayOutputStream;

/**
 * Replaces the content of one primitive element of a DER structure and re-encodes the lengths of
 * every element that encloses it (DER, shortest length form). Used to make a certificate template
 * from another one whose name has a different length.
 */
public final class DerSplice {

	private DerSplice() {
	}

	/**
	 * @param root   the parsed {@code der}
	 * @param target a primitive element of {@code der} (found by its offset)
	 * @param value  its new content
	 */
	public static byte[] replaceValue(byte[] der, DerNode root, DerNode target, byte[] value) {
		if (target.isConstructed()) {
			throw new IllegalArgumentException("only a primitive element's content can be replaced");
		}
		return encode(der, root, target, value);
	}

	private static byte[] encode(byte[] der, DerNode node, DerNode target, byte[] value) {
		if (node.offset() == target.offset() && !node.isConstructed()) {
			return element(der, node, value);
		}
		if (!node.isConstructed() || target.offset() < node.valueOffset() || target.end() > node.end()) {
			return node.encoded();
		}
		ByteArrayOutputStream content = new ByteArrayOutputStream();
		for (DerNode child : node.children()) {
			content.writeBytes(encode(der, child, target, value));
		}
		return element(der, node, content.toByteArray());
	}

	private static byte[] element(byte[] der, DerNode node, byte[] content) {
		byte tag = der[node.offset()];
		if ((tag & 0x1f) == 0x1f) {
			throw new IllegalArgumentException("multi-byte tags are not supported (offset " + node.offset() + ")");
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(tag);
		int length = content.length;
		if (length < 0x80) {
			out.write(length);
		} else {
			int bytes = (32 - Integer.numberOfLeadingZeros(length) + 7) / 8;
			out.write(0x80 | bytes);
			for (int i = bytes - 1; i >= 0; i--) {
				out.write(length >>> (8 * i));
			}
		}
		out.writeBytes(content);
		return out.toByteArray();
	}
}
