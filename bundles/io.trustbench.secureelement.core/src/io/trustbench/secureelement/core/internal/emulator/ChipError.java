package io.trustbench.secureelement.core.internal.emulator;

/** Ends a command with a status byte; the reason goes to the emulator's traffic log, never to the wire. */
final class ChipError extends Exception {

	private static final long serialVersionUID = 1L;

	private final int status;

	ChipError(int status, String reason) {
		super(reason);
		this.status = status;
	}

	int status() {
		return status;
	}
}
