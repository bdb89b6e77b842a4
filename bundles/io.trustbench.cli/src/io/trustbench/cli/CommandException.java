package io.trustbench.cli;

/** A command failed for a reason the user can act on: one line on stderr, exit 1. */
public class CommandException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public CommandException(String message) {
		super(message);
	}

	public CommandException(String message, Throwable cause) {
		super(message, cause);
	}
}
