package io.trustbench.secureelement.core.kit;

import java.io.IOException;

/** A line that is not valid kit protocol (bad framing, bad hex, overlong). */
public class KitProtocolException extends IOException {

	private static final long serialVersionUID = 1L;

	public KitProtocolException(String message) {
		super(message);
	}
}
