package io.trustbench.pki.core;

/** Input that is not a readable certificate (file): the message is one line for the user. */
public class CertificateParseException extends Exception {

	private static final long serialVersionUID = 1L;

	public CertificateParseException(String message) {
		super(message);
	}

	public CertificateParseException(String message, Throwable cause) {
		super(message, cause);
	}
}
