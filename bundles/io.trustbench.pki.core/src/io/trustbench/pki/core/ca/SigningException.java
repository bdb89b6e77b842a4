package io.trustbench.pki.core.ca;

/** Signing or key retrieval failed on the device; the message is one line for the user. */
public class SigningException extends Exception {

	private static final long serialVersionUID = 1L;

	public SigningException(String message) {
		super(message);
	}

	public SigningException(String message, Throwable cause) {
		super(message, cause);
	}
}
