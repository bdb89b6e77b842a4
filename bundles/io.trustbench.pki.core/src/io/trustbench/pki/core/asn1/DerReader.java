package io.trustbench.pki.core.asn1;

import java.util.ArrayList;
import java.util.List;

/**
 * Strict DER parser keeping byte offsets. It never trusts a length: every element must fit in its
 * parent, lengths are definite and minimal-size checks are left to BouncyCastle; nesting is
 * bounded, so hostile input ends in a {@link DerFormatException}, never a hang or a huge allocation.
 */
public final class DerReader {

	private static final int MAX_DEPTH = 48;

	private DerReader() {
	}

	/** Parses exactly one element spanning the whole input. */
	public static DerNode parse(byte[] input) throws DerFormatException {
		if (input.length == 0) {
			throw new DerFormatException("empty input, expected a DER element", 0);
		}
		DerNode node = parseElement(input, 0, input.length, 0);
		if (node.end() != input.length) {
			throw new DerFormatException((input.length - node.end()) + " unexpected bytes after the DER element",
					node.end());
		}
		return node;
	}

	/** Parses the first element of the input, ignoring what follows (PKCS#7 blobs with padding…). */
	public static DerNode parseFirst(byte[] input) throws DerFormatException {
		if (input.length == 0) {
			throw new DerFormatException("empty input, expected a DER element", 0);
		}
		return parseElement(input, 0, input.length, 0);
	}

	private static DerNode parseElement(byte[] in, int offset, int limit, int depth) throws DerFormatException {
		if (depth > MAX_DEPTH) {
			throw new DerFormatException("nesting deeper than " + MAX_DEPTH + " levels", offset);
		}
		int pos = offset;
		if (pos >= limit) {
			throw new DerFormatException("truncated: missing tag", pos);
		}
		int first = in[pos++] & 0xff;
		int tagClass = first >>> 6;
		boolean constructed = (first & 0x20) != 0;
		int tagNumber = first & 0x1f;
		if (tagNumber == 0x1f) {
			tagNumber = 0;
			int count = 0;
			int b;
			do {
				if (pos >= limit) {
					throw new DerFormatException("truncated: incomplete high tag number", pos);
				}
				b = in[pos++] & 0xff;
				if (++count > 4) {
					throw new DerFormatException("tag number too large", offset);
				}
				tagNumber = (tagNumber << 7) | (b & 0x7f);
			} while ((b & 0x80) != 0);
		}
		if (pos >= limit) {
			throw new DerFormatException("truncated: missing length", pos);
		}
		int lengthByte = in[pos++] & 0xff;
		long length;
		if (lengthByte < 0x80) {
			length = lengthByte;
		} else if (lengthByte == 0x80) {
			throw new DerFormatException("indefinite length is not allowed in DER", pos - 1);
		} else {
			int count = lengthByte & 0x7f;
			if (count > 4) {
				throw new DerFormatException("length field of " + count + " bytes is too large", pos - 1);
			}
			if (pos + count > limit) {
				throw new DerFormatException("truncated: incomplete length field", pos);
			}
			length = 0;
			for (int i = 0; i < count; i++) {
				length = (length << 8) | (in[pos++] & 0xff);
			}
		}
		int headerLength = pos - offset;
		if (length > limit - pos) {
			throw new DerFormatException("length " + length + " runs past the end of the data (" + (limit - pos)
					+ " bytes left)", offset);
		}
		int valueEnd = pos + (int) length;
		List<DerNode> children = List.of();
		if (constructed) {
			children = new ArrayList<>();
			int childPos = pos;
			while (childPos < valueEnd) {
				DerNode child = parseElement(in, childPos, valueEnd, depth + 1);
				children.add(child);
				childPos = child.end();
			}
			children = List.copyOf(children);
		}
		return new DerNode(in, tagClass, constructed, tagNumber, offset, headerLength, (int) length, children);
	}
}
