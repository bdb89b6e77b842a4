package io.trustbench.tlsclient.core.internal.cli;

/** Test access to {@link Endpoints} (the fragment shares the host's package). */
public final class EndpointsBridge {

	private EndpointsBridge() {
	}

	public static String parse(String text) {
		Endpoints.HostPort hp = Endpoints.parse(text, 8883);
		return hp.host() + ":" + hp.port();
	}
}
