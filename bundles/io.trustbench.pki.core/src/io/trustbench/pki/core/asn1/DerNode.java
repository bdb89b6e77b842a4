package io.trustbench.pki.core.asn1;

import java.util.Arrays;
import java.util.List;

/**
 * One DER element with its place in the input: the UI highlights {@code [offset, offset+totalLength)}
 * for the element and {@code [valueOffset, end)} for its content. Children are the parsed content of
 * constructed elements (SEQUENCE, SET, context tags) — never of primitive ones.
 */
public final class DerNode {

	private final byte[] input;
	private final int tagClass;
	private final boolean constructed;
	private final int tagNumber;
	private final int offset;
	private final int headerLength;
	private final int length;
	private final List<DerNode> children;

	DerNode(byte[] input, int tagClass, boolean constructed, int tagNumber, int offset, int headerLength,
			int length, List<DerNode> children) {
		this.input = input;
		this.tagClass = tagClass;
		this.constructed = constructed;
		this.tagNumber = tagNumber;
		this.offset = offset;
		this.headerLength = headerLength;
		this.length = length;
		this.children = children;
	}

	/** 0 universal, 1 application, 2 context-specific, 3 private. */
	public int tagClass() {
		return tagClass;
	}

	public boolean isConstructed() {
		return constructed;
	}

	public int tagNumber() {
		return tagNumber;
	}

	public boolean isUniversal(int number) {
		return tagClass == 0 && tagNumber == number;
	}

	public boolean isContext(int number) {
		return tagClass == 2 && tagNumber == number;
	}

	/** Offset of the tag byte in the parsed input. */
	public int offset() {
		return offset;
	}

	public int headerLength() {
		return headerLength;
	}

	public int valueOffset() {
		return offset + headerLength;
	}

	/** Length of the content. */
	public int length() {
		return length;
	}

	/** Tag + length + content. */
	public int totalLength() {
		return headerLength + length;
	}

	public int end() {
		return offset + headerLength + length;
	}

	public List<DerNode> children() {
		return children;
	}

	public DerNode child(int index) throws DerFormatException {
		if (index >= children.size()) {
			throw new DerFormatException("missing element " + (index + 1) + " inside " + describeTag(), offset);
		}
		return children.get(index);
	}

	/** Content octets (a copy). */
	public byte[] value() {
		return Arrays.copyOfRange(input, valueOffset(), end());
	}

	/** The whole element, header included (a copy). */
	public byte[] encoded() {
		return Arrays.copyOfRange(input, offset, end());
	}

	/** A short tag name for trees and messages: "SEQUENCE", "[3]", "OCTET STRING"… */
	public String describeTag() {
		return Asn1Names.tagName(tagClass, constructed, tagNumber);
	}

	@Override
	public String toString() {
		return describeTag() + " @" + offset + " len " + length;
	}
}
