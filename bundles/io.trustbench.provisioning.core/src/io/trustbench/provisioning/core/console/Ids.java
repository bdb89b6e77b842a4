package io.trustbench.provisioning.core.console;

/** Certificate ids are 64 hex digits; messages name them by a prefix people can still match. */
public final class Ids {

	private Ids() {
	}

	public static String shortId(String id) {
		return id == null || id.length() <= 12 ? String.valueOf(id) : id.substring(0, 12) + "…";
	}
}
