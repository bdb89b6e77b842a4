package io.trustbench.provisioning.core.aws;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import io.trustbench.awsiot.emulator.EmulatorOptions;
import io.trustbench.awsiot.emulator.IotEmulator;
import io.trustbench.core.AtomicFiles;
import io.trustbench.core.TrafficLog;

/**
 * Starts the local AWS IoT emulator on demand, one per directory and process, shared by the
 * sessions that use it and stopped when the last one ends. It keeps the ports of its last run
 * ({@code ports.properties}) when they are free, because provisioned things store the endpoint
 * (host and port) in their slots.
 */
public final class LocalEmulators {

	private static final Map<Path, Entry> RUNNING = new HashMap<>();

	private static final class Entry {
		final IotEmulator emulator;
		int users;

		Entry(IotEmulator emulator) {
			this.emulator = emulator;
		}
	}

	private LocalEmulators() {
	}

	public static synchronized IotEmulator startOrAttach(Path directory) throws Exception {
		Path key = directory.toAbsolutePath().normalize();
		Entry entry = RUNNING.get(key);
		if (entry == null) {
			EmulatorOptions options = remembered(key);
			IotEmulator emulator = IotEmulator.start(options);
			remember(key, emulator);
			TrafficLog.global().log(TrafficLog.Channel.INFO, "emulator", "local AWS IoT emulator started: API http://127.0.0.1:"
					+ emulator.apiPort() + ", MQTT " + emulator.endpointAddress());
			entry = new Entry(emulator);
			RUNNING.put(key, entry);
		}
		entry.users++;
		return entry.emulator;
	}

	static synchronized void release(IotEmulator emulator) {
		for (Map.Entry<Path, Entry> e : RUNNING.entrySet()) {
			if (e.getValue().emulator == emulator && --e.getValue().users <= 0) {
				RUNNING.remove(e.getKey());
				emulator.close();
				return;
			}
		}
	}

	private static EmulatorOptions remembered(Path directory) throws IOException {
		EmulatorOptions defaults = EmulatorOptions.defaults(directory).onFreePorts();
		Path file = directory.resolve("ports.properties");
		if (!Files.isRegularFile(file)) {
			return defaults;
		}
		Properties ports = new Properties();
		try (var in = Files.newInputStream(file)) {
			ports.load(in);
		}
		try {
			int api = Integer.parseInt(ports.getProperty("api", "0"));
			int mqtt = Integer.parseInt(ports.getProperty("mqtt", "0"));
			if (isFree(api) && isFree(mqtt)) {
				return new EmulatorOptions(directory, defaults.host(), api, mqtt, defaults.region());
			}
		} catch (NumberFormatException e) {
			// a damaged file: fall back to free ports
		}
		return defaults;
	}

	private static void remember(Path directory, IotEmulator emulator) throws IOException {
		AtomicFiles.writeString(directory.resolve("ports.properties"),
				"# ports of the last run of the local AWS IoT emulator\napi=" + emulator.apiPort() + "\nmqtt="
						+ emulator.mqttPort() + "\n");
	}

	private static boolean isFree(int port) {
		if (port <= 0) {
			return false;
		}
		try (ServerSocket socket = new ServerSocket(port)) {
			socket.setReuseAddress(true);
			return true;
		} catch (IOException e) {
			return false;
		}
	}
}
