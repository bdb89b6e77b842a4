package io.trustbench.provisioning.core.thing;

import io.trustbench.provisioning.core.flow.FlowContext;
import io.trustbench.provisioning.core.flow.FlowInput;

/** The option keys every thing flow shares, and their defaults: the seed's emulated kits. */
public final class ThingOptions {

	public static final String THING = "thing";
	public static final String SIGNER = "signer";
	public static final String ROOT = "root";
	public static final String WIFI_SSID = "wifiSsid";
	public static final String WIFI_PASSWORD = "wifiPassword";
	public static final String SETUP_ONLY = "setupOnly";
	public static final String DEFAULT_THING = "emu-thing";
	public static final String DEFAULT_SIGNER = "emu-signer";

	/** State keys the thing steps leave behind. */
	public static final String THING_NAME = "thingName";
	public static final String CERTIFICATE_ID = "certificateId";
	public static final String ENDPOINT = "endpoint";

	private ThingOptions() {
	}

	/** The thing of the run: the option, else the one an earlier step chose (and saved), else the seed's thing. */
	public static String thingId(FlowContext context) {
		return context.options().get(THING).orElseGet(() -> context.state().get(THING).orElse(DEFAULT_THING));
	}

	public static String signerId(FlowContext context) {
		return context.options().get(SIGNER, DEFAULT_SIGNER);
	}

	public static boolean setupOnly(FlowContext context) {
		return Boolean.parseBoolean(context.options().get(SETUP_ONLY, "false"));
	}

	public static FlowInput signerInput() {
		return FlowInput.device(SIGNER, "Signer kit", "signer-dongle", DEFAULT_SIGNER,
				"The kit whose ATECC508A holds the production signer's key (slot 3).");
	}

	public static FlowInput rootInput() {
		return FlowInput.device(ROOT, "Root kit", "root-dongle", null,
				"The root CA kit; only needed when the PKI does not exist yet.");
	}

	public static FlowInput wifiSsidInput() {
		return FlowInput.text(WIFI_SSID, "Wi-Fi SSID", "trustbench", "Stored in the thing's slot 8, as the seed's firmware reads it.");
	}

	public static FlowInput wifiPasswordInput() {
		return FlowInput.secret(WIFI_PASSWORD, "Wi-Fi password",
				"Goes only into the thing's slot 8; never saved or logged.");
	}

	public static FlowInput setupOnlyInput() {
		return FlowInput.flag(SETUP_ONLY, "Stop after preparing the thing",
				"For endpoints without an MQTT broker (e.g. moto_server).");
	}
}
