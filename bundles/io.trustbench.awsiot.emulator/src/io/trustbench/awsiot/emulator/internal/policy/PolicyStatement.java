package io.trustbench.awsiot.emulator.internal.policy;

import java.util.List;
import java.util.Map;

/**
 * One statement of an IoT policy. {@code conditions} maps an operator ({@code StringEquals},
 * {@code StringLike}, {@code Bool}, …) to key → accepted values.
 */
public record PolicyStatement(boolean allow, List<String> actions, List<String> resources, boolean notResource,
		Map<String, Map<String, List<String>>> conditions) {
}
