package io.trustbench.tlsclient.core;

import java.io.IOException;

/** A hardened handshake that failed, with one line saying why (alert, device error, chain problem). */
public final class TlsHandshakeException extends IOException {

	private static final long serialVersionUID = 1L;

	public TlsHandshakeException(String message, Throwable cause) {
		super(message, cause);
	}
}
