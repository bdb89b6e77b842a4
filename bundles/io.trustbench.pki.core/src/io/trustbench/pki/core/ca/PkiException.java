package io.trustbench.pki.core.ca;

/** A PKI operation was refused or failed; the message is one line for the user. */
public class PkiException extends Exception {

	private static final long serialVersionUID = 1L;

	public PkiException(String message) {
		super(message);
	}

	public PkiException(String message, Throwable cause) {
		super(message, cause);
	}
}
