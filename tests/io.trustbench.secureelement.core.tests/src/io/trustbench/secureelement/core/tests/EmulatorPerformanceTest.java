package io.trustbench.secureelement.core.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.MessageDigest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trustbench.secureelement.core.DeviceManager;
import io.trustbench.secureelement.core.SecureElement;
import io.trustbench.secureelement.core.atca.AtcaCommands;
import io.trustbench.secureelement.core.internal.emulator.EmulatedKits;

/**
 * Budgets for the emulated path (generous: the CI machine is shared). Prints the numbers so the
 * report can quote them.
 */
class EmulatorPerformanceTest {

	@TempDir
	Path workspace;

	@AfterEach
	void forget() {
		EmulatedKits.forgetAll();
	}

	@Test
	void emulatedOperationsStayWithinBudget() throws Exception {
		DeviceManager devices = DeviceManager.forWorkspace(workspace);
		long start = System.nanoTime();
		devices.scan(null);
		double scanMs = millis(start);
		byte[] digest = MessageDigest.getInstance("SHA-256").digest(new byte[] { 1 });
		try (SecureElement thing = devices.open("emu-thing", null)) {
			byte[] key = thing.publicKey(0);
			thing.sign(0, digest, null); // warm-up
			int n = 50;
			start = System.nanoTime();
			byte[] sig = null;
			for (int i = 0; i < n; i++) {
				sig = thing.sign(0, digest, null);
			}
			double signMs = millis(start) / n;
			start = System.nanoTime();
			for (int i = 0; i < n; i++) {
				thing.verify(digest, sig, key, null);
			}
			double verifyMs = millis(start) / n;
			start = System.nanoTime();
			for (int i = 0; i < n; i++) {
				thing.ecdh(2, key, null);
			}
			double ecdhMs = millis(start) / n;
			start = System.nanoTime();
			for (int i = 0; i < 200; i++) {
				thing.revision(null);
			}
			double infoMs = millis(start) / 200;
			ChipBench bench = new ChipBench();
			byte[] packet = AtcaCommands.info(0).encode();
			start = System.nanoTime();
			for (int i = 0; i < 20_000; i++) {
				bench.chip.execute(packet);
			}
			double packetUs = millis(start) * 1000 / 20_000;
			System.out.printf("emulator: first scan (3 kits created) %.0f ms; per call via kit protocol: sign %.2f ms, "
					+ "verify %.2f ms, ecdh %.2f ms, info %.3f ms; raw Info packet %.1f us%n", scanMs, signMs, verifyMs,
					ecdhMs, infoMs, packetUs);
			assertTrue(signMs < 100 && verifyMs < 100 && ecdhMs < 100, "EC operations within 100 ms each");
			assertTrue(infoMs < 20, "a kit round trip within 20 ms");
		}
	}

	private static double millis(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e6;
	}
}
