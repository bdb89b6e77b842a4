package io.trustbench.provisioning.core.flow;

import java.util.Objects;

/**
 * One input a flow asks for, described once so that the wizard can build its options page and
 * the CLI its options from it: a vendor's flow gets both without UI code.
 *
 * @param key          the {@link FlowOptions} key, e.g. {@code thing}
 * @param label        wizard label, e.g. "Thing device"
 * @param kind         how the value is entered
 * @param deviceType   for {@link Kind#DEVICE}: the device-type id offered ({@code thing}, {@code signer-dongle}), or null for any
 * @param defaultValue shown and used when the user gives nothing; null for none (the input is then
 *                     optional; a text input with a default must not be left empty)
 * @param help         one sentence for the wizard's hint and the CLI help
 */
public record FlowInput(String key, String label, Kind kind, String deviceType, String defaultValue, String help) {

	/** How the value is entered. Secrets are never saved or logged; the CLI reads them from the environment. */
	public enum Kind { DEVICE, TEXT, SECRET, NUMBER, FLAG }

	public FlowInput {
		Objects.requireNonNull(key);
		Objects.requireNonNull(label);
		Objects.requireNonNull(kind);
	}

	public static FlowInput device(String key, String label, String deviceType, String defaultValue, String help) {
		return new FlowInput(key, label, Kind.DEVICE, deviceType, defaultValue, help);
	}

	public static FlowInput text(String key, String label, String defaultValue, String help) {
		return new FlowInput(key, label, Kind.TEXT, null, defaultValue, help);
	}

	public static FlowInput secret(String key, String label, String help) {
		return new FlowInput(key, label, Kind.SECRET, null, null, help);
	}

	public static FlowInput number(String key, String label, int defaultValue, String help) {
		return new FlowInput(key, label, Kind.NUMBER, null, Integer.toString(defaultValue), help);
	}

	public static FlowInput flag(String key, String label, String help) {
		return new FlowInput(key, label, Kind.FLAG, null, "false", help);
	}

	/** The CLI option: key {@code wifiSsid} → {@code --wifi-ssid}. */
	public String cliOption() {
		return "--" + key.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
	}

	/** The environment variable a secret is read from on the CLI: {@code wifiPassword} → {@code TRUSTBENCH_WIFI_PASSWORD}. */
	public String environmentVariable() {
		return "TRUSTBENCH_" + key.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
	}
}
