package io.trustbench.pki.core.atcacert;

/** A compressed certificate or certificate definition problem, as one line for the user. */
public class AtcacertException extends Exception {

	private static final long serialVersionUID = 1L;

	public AtcacertException(String message) {
		super(message);
	}

	public AtcacertException(String message, Throwable cause) {
		super(message, cause);
	}
}
