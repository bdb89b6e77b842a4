package io.trustbench.awsiot.emulator.internal.state;

/** An IoT policy (default version only; policy versions are not emulated). */
public final class PolicyRecord {
	public String name;
	public String document;
	public long createdMillis;
	public long modifiedMillis;
	public String generationId;
}
