package io.trustbench.pki.core.asn1;

/** Malformed DER: the message names what is wrong and at which byte offset, in one line. */
public class DerFormatException extends Exception {

	private static final long serialVersionUID = 1L;

	private final int offset;

	public DerFormatException(String message, int offset) {
		super(message + " at byte " + offset);
		this.offset = offset;
	}

	/** Byte offset in the input where the problem was found. */
	public int offset() {
		return offset;
	}
}
