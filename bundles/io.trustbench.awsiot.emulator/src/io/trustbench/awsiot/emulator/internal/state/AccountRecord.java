package io.trustbench.awsiot.emulator.internal.state;

/** Per-emulator constants chosen once at first start: account id and registration code. */
public final class AccountRecord {
	public String accountId;
	public String registrationCode;
}
