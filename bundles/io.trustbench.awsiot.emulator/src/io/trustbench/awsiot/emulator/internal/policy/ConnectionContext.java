package io.trustbench.awsiot.emulator.internal.policy;

import java.util.Map;

/**
 * What a policy is evaluated against for one MQTT connection: the values of the policy
 * variables that are defined ({@code iot:ClientId}, {@code iot:Connection.Thing.ThingName}, …).
 * An absent key means the variable is undefined, which makes any resource using it match nothing.
 */
public record ConnectionContext(Map<String, String> variables) {

	public String get(String name) {
		return variables.get(name);
	}
}
