package io.trustbench.secureelement.core.kit;

import java.io.IOException;

/** The kit did not answer in time (unplugged, wrong firmware, wrong port). */
public class KitTimeoutException extends IOException {

	private static final long serialVersionUID = 1L;

	public KitTimeoutException(String message) {
		super(message);
	}
}
