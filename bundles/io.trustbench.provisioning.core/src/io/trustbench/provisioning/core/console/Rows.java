package io.trustbench.provisioning.core.console;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The rows the console lists, one record per resource kind; plain values, ready to show. */
public final class Rows {

	private Rows() {
	}

	public record CaCertificate(String id, String status, String autoRegistration, Instant created) {
	}

	/** {@code problem}: why CA, policies or things could not be read (empty when they were). */
	public record Certificate(String id, String arn, String status, String caId, List<String> policies,
			List<String> things, Instant created, String problem) {
	}

	public record Thing(String name, String type, Map<String, String> attributes, List<String> principals) {
	}

	/** {@code document}: pretty-printed JSON. */
	public record Policy(String name, String arn, String document) {
	}

	/** {@code actions}: one JSON object per action, compact. */
	public record TopicRule(String name, String topicPattern, String sql, List<String> actions, boolean enabled) {
	}
}
