package io.trustbench.decoder;

/**
 * Thrown by dissectors when bytes contradict the protocol (a length past the end, a bad value).
 * The pipeline catches it and adds a "malformed" field at {@link #offset()}, like Wireshark's
 * "[Malformed Packet]"; it never reaches the caller of the decoder.
 */
public class MalformedException extends RuntimeException {

	private static final long serialVersionUID = 1L;
	private final int offset;

	public MalformedException(String message, int offset) {
		super(message, null, false, false);
		this.offset = offset;
	}

	public int offset() {
		return offset;
	}
}
