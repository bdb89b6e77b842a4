package io.trustbench.tlsclient.core.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import io.trustbench.secureelement.core.DeviceManager;
import io.trustbench.secureelement.core.SecureElement;
import io.trustbench.secureelement.core.SecureElementException;

/** A throwaway workspace with the emulated Root, Signer and Thing kits. */
final class TestDevices implements AutoCloseable {

	static final String THING = "emu-thing";
	static final String SIGNER = "emu-signer";
	static final String ROOT = "emu-root";

	static {
		if (Boolean.getBoolean("trustbench.test.trace")) {
			io.trustbench.core.TrafficLog.global().addListener(e -> System.out.println(e));
		}
	}

	final Path workspace;
	final DeviceManager devices;

	TestDevices() throws IOException {
		workspace = Files.createTempDirectory("tb-tlsclient");
		devices = DeviceManager.forWorkspace(workspace);
	}

	SecureElement open(String id) throws SecureElementException {
		return devices.open(id, null);
	}

	@Override
	public void close() throws IOException {
		try (Stream<Path> files = Files.walk(workspace)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}
}
