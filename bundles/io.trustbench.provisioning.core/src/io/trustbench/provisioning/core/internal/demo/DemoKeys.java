package io.trustbench.provisioning.core.internal.demo;

/** Names of the values the demo steps leave for each other (see docs/provisioning.md). */
final class DemoKeys {

	/** Out of "emulator": the running local emulator's session (CloudSession). */
	static final String CLOUD = "cloud.session";
	/** Out of "emulator" (read by "mqtt"): MQTT endpoint CA file (Path) and REST base URL (String). */
	static final String SERVER_CA = "emulator.serverCaFile";
	static final String API_URL = "emulator.apiUrl";
	/** Out of "jitr" (read by "mqtt"): the thing's device id (String). */
	static final String THING_DEVICE = "thing.deviceId";
	/** Out of "mqtt" (read by "decode"): the recorded handshake (Path) and its key log (Path). */
	static final String PCAPNG = "tls.pcapng";
	static final String KEYLOG = "tls.keylog";

	private DemoKeys() {
	}
}
