package io.trustbench.secureelement.core.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.MessageDigest;

import org.junit.jupiter.api.Test;

import io.trustbench.secureelement.core.DeviceManager;
import io.trustbench.secureelement.core.SecureElement;
import io.trustbench.secureelement.core.atca.AtcaCommands;
import io.trustbench.secureelement.core.internal.emulator.EmulatedKits;

/**
 * Budgets for the emulated path (generous: the CI machine is shared). Prints the numbers so the
 * report can quote them.
 */
class EmulatorPerformanceTest extends EmulatedWorkspaceTest {

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

	@Test
	void aFleetOfOneHundredThingsIsQuickAndSmall() throws Exception {
		DeviceManager devices = DeviceManager.forWorkspace(workspace);
		devices.scan(null);
		long heapBefore = usedHeap();
		long start = System.nanoTime();
		devices.ensureEmulatedThings(100, null);
		double createMs = millis(start);
		long heapAfter = usedHeap();
		EmulatedKits.forgetAll(); // a restart: the list is read, no kit is opened
		DeviceManager restarted = DeviceManager.forWorkspace(workspace);
		start = System.nanoTime();
		int listed = restarted.scan(null).size();
		double scanMs = millis(start);
		start = System.nanoTime();
		for (String id : restarted.emulatedThings()) {
			restarted.info(id, null);
		}
		double openAllMs = millis(start);
		long stateBytes = 0;
		try (var files = java.nio.file.Files.list(workspace.resolve("devices"))) {
			for (Path f : files.toList()) {
				stateBytes += java.nio.file.Files.size(f);
			}
		}
		System.out.printf("fleet: 100 things created in %.0f ms (%.1f ms each), heap +%d KiB; after a restart scan of "
				+ "%d kits %.0f ms, opening all 100 (info) %.0f ms; devices/ holds %d KiB%n", createMs, createMs / 100,
				(heapAfter - heapBefore) / 1024, listed, scanMs, openAllMs, stateBytes / 1024);
		assertTrue(createMs < 20_000, "100 things within 20 s");
		assertTrue(scanMs < 2_000, "a scan listing 100 things within 2 s");
	}

	private static long usedHeap() {
		Runtime runtime = Runtime.getRuntime();
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return runtime.totalMemory() - runtime.freeMemory();
	}

	private static double millis(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e6;
	}
}
