package io.trustbench.cli;

/** Bad command line: the CLI prints the message and the command's usage and exits with 2. */
public class UsageException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public UsageException(String message) {
		super(message);
	}
}
