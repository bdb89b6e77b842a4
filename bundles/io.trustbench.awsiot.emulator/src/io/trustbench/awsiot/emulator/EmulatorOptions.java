package io.trustbench.awsiot.emulator;

import java.nio.file.Path;

/**
 * How to run the emulator.
 *
 * @param directory state directory ({@code <workspace>/emulator} by default on the CLI)
 * @param host      address both endpoints bind to and the MQTT host DescribeEndpoint returns
 * @param apiPort   REST port (0 = any free port)
 * @param mqttPort  MQTT/TLS port (0 = any free port)
 * @param region    region in ARNs
 */
public record EmulatorOptions(Path directory, String host, int apiPort, int mqttPort, String region) {

	public static final int DEFAULT_API_PORT = 8080;
	public static final int DEFAULT_MQTT_PORT = 8883;

	public static EmulatorOptions defaults(Path directory) {
		return new EmulatorOptions(directory, "127.0.0.1", DEFAULT_API_PORT, DEFAULT_MQTT_PORT, "us-west-2");
	}

	/** Same options on free ports (tests). */
	public EmulatorOptions onFreePorts() {
		return new EmulatorOptions(directory, host, 0, 0, region);
	}
}
