package io.trustbench.provisioning.core.tests;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import io.trustbench.awsiot.emulator.EmulatorOptions;
import io.trustbench.awsiot.emulator.IotEmulator;
import io.trustbench.provisioning.core.aws.CloudSession;

/** A fresh workspace per test with the Trustbench AWS IoT emulator running on free ports in it. */
abstract class EmulatorWorkspaceTest {

	@TempDir
	Path workspace;
	IotEmulator emulator;

	@BeforeEach
	void startEmulator() throws Exception {
		emulator = IotEmulator.start(EmulatorOptions.defaults(workspace.resolve("emulator")).onFreePorts());
	}

	@AfterEach
	void stopEmulator() {
		emulator.close();
	}

	/** Flows open this session; closing it leaves the emulator running for the test. */
	CloudSession.Opener session() {
		return monitor -> CloudSession.forEmulator(emulator);
	}
}
