package io.trustbench.awsiot.emulator.internal.registry;

/** ARNs of the emulated account, shaped like AWS's ({@code arn:aws:iot:REGION:ACCOUNT:KIND/NAME}). */
public final class Arns {

	private final String prefix;

	public Arns(String region, String accountId) {
		this.prefix = "arn:aws:iot:" + region + ":" + accountId + ":";
	}

	public String prefix() {
		return prefix;
	}

	public String cert(String id) {
		return prefix + "cert/" + id;
	}

	public String caCert(String id) {
		return prefix + "cacert/" + id;
	}

	public String policy(String name) {
		return prefix + "policy/" + name;
	}

	public String thing(String name) {
		return prefix + "thing/" + name;
	}

	public String rule(String name) {
		return prefix + "rule/" + name;
	}

	public String template(String name) {
		return prefix + "provisioningtemplate/" + name;
	}

	/** The certificate id of a {@code arn:aws:iot:…:cert/ID} principal, or null for another kind. */
	public static String certificateIdOf(String principalArn) {
		if (principalArn == null) {
			return null;
		}
		int at = principalArn.indexOf(":cert/");
		if (!principalArn.startsWith("arn:") || at < 0) {
			return null;
		}
		String id = principalArn.substring(at + ":cert/".length());
		return id.matches("[0-9a-f]{64}") ? id : null;
	}
}
