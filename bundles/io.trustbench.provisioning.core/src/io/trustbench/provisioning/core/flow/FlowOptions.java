package io.trustbench.provisioning.core.flow;

import java.util.Map;
import java.util.Optional;

/**
 * Inputs of a run that are not saved in the flow state: device ids, thing names, counts, and
 * secrets such as the Wi-Fi password, which go straight into the device.
 */
public final class FlowOptions {

	private final Map<String, String> values;

	public FlowOptions(Map<String, String> values) {
		this.values = Map.copyOf(values);
	}

	public static FlowOptions none() {
		return new FlowOptions(Map.of());
	}

	public Optional<String> get(String key) {
		return Optional.ofNullable(values.get(key));
	}

	/** These options with {@code key} set to {@code value}. */
	public FlowOptions with(String key, String value) {
		Map<String, String> copy = new java.util.HashMap<>(values);
		copy.put(key, value);
		return new FlowOptions(copy);
	}

	public String get(String key, String defaultValue) {
		return values.getOrDefault(key, defaultValue);
	}
}
