package io.trustbench.secureelement.core.atca;

/** A packet the chip rejects; carries the status byte the chip would return. */
public class PacketException extends Exception {

	private static final long serialVersionUID = 1L;

	private final int status;

	public PacketException(int status, String message) {
		super(message);
		this.status = status;
	}

	public int status() {
		return status;
	}
}
