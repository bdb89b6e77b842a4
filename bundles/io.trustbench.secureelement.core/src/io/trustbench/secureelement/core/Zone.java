package io.trustbench.secureelement.core;

/** The three memory zones of the chip, with their Read/Write zone codes (param1 bits 0–1). */
public enum Zone {
	CONFIG(0), OTP(1), DATA(2);

	private final int code;

	Zone(int code) {
		this.code = code;
	}

	public int code() {
		return code;
	}
}
