package io.trustbench.tlsclient.core.tests;

/** Reaches package-private CLI helpers through a tiny bridge in their package (same fragment). */
final class CliAccess {

	private CliAccess() {
	}

	static String parseHostPort(String text) {
		return io.trustbench.tlsclient.core.internal.cli.EndpointsBridge.parse(text);
	}
}
