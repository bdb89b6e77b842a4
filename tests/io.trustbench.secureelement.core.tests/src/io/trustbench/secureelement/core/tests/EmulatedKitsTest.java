package io.trustbench.secureelement.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.trustbench.core.Hex;
import io.trustbench.core.TrafficLog;
import io.trustbench.secureelement.core.DeviceDescriptor;
import io.trustbench.secureelement.core.DeviceInfo;
import io.trustbench.secureelement.core.DeviceManager;
import io.trustbench.secureelement.core.SecureElement;
import io.trustbench.secureelement.core.SecureElementException;
import io.trustbench.secureelement.core.config.ConfigZone;
import io.trustbench.secureelement.core.internal.emulator.EmulatedKits;

/** The seed's three kits, created in a fresh workspace, used through the public API. */
class EmulatedKitsTest extends EmulatedWorkspaceTest {

	@Test
	void firstScanCreatesRootSignerAndThingConfiguredAndLocked() throws Exception {
		DeviceManager devices = DeviceManager.forWorkspace(workspace);
		List<DeviceDescriptor> found = devices.scan(null);
		List<String> ids = found.stream().filter(d -> d.transport().equals("emulator")).map(DeviceDescriptor::id).toList();
		assertEquals(List.of("emu-root", "emu-signer", "emu-thing"), ids);
		for (String id : ids) {
			DeviceInfo info = devices.info(id, null);
			assertTrue(info.locks().configLocked(), id);
			assertTrue(info.locks().dataLocked(), id);
			assertEquals("ATECC508A", info.chipModel());
			assertEquals(9, info.serial().length);
			assertEquals(0x01, info.serial()[0]);
			assertEquals((byte) 0xEE, info.serial()[8]);
			assertTrue(Files.exists(workspace.resolve("devices").resolve(id + ".json")));
		}
		assertEquals("root-dongle", devices.find("emu-root", null).kind());
		assertEquals("AT88CKECCSIGNER", devices.find("emu-signer", null).name());
	}

	@Test
	void thingSignsAndTheSignatureVerifiesWithTheJdk() throws Exception {
		DeviceManager devices = DeviceManager.forWorkspace(workspace);
		byte[] digest = MessageDigest.getInstance("SHA-256").digest("to be signed".getBytes());
		try (SecureElement thing = devices.open("emu-thing", null)) {
			byte[] publicKey = thing.publicKey(0);
			byte[] signature = thing.sign(0, digest, null);
			assertEquals(64, signature.length);
			assertTrue(JdkEc.verify(publicKey, digest, signature));
			assertTrue(thing.verify(digest, signature, publicKey, null), "the chip verifies its own signature");
			byte[] tampered = signature.clone();
			tampered[10] ^= 1;
			assertFalse(thing.verify(digest, tampered, publicKey, null));
		}
	}

	@Test
	void stateSurvivesRestartAndFileIsOwnerOnly() throws Exception {
		byte[] before;
		byte[] serial;
		try (SecureElement signer = DeviceManager.forWorkspace(workspace).open("emu-signer", null)) {
			before = signer.publicKey(3);
			serial = signer.serialNumber(null);
		}
		EmulatedKits.forgetAll();
		try (SecureElement signer = DeviceManager.forWorkspace(workspace).open("emu-signer", null)) {
			assertArrayEquals(before, signer.publicKey(3));
			assertArrayEquals(serial, signer.serialNumber(null));
		}
		Path file = workspace.resolve("devices/emu-signer.json");
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
	}

	@Test
	void damagedStateFileIsReportedNeverReplaced() throws Exception {
		DeviceManager.forWorkspace(workspace).scan(null);
		EmulatedKits.forgetAll();
		Path file = workspace.resolve("devices/emu-thing.json");
		Files.writeString(file, "{\"config\": \"not hex\"");
		DeviceManager devices = DeviceManager.forWorkspace(workspace);
		assertEquals(3, devices.scan(null).stream().filter(d -> d.transport().equals("emulator")).count());
		SecureElementException e = assertThrows(SecureElementException.class, () -> devices.info("emu-thing", null));
		assertTrue(e.getMessage().contains("emu-thing.json"), e.getMessage());
		assertEquals("{\"config\": \"not hex\"", Files.readString(file), "a damaged file holding keys is left alone");
		assertTrue(devices.info("emu-root", null).locks().dataLocked(), "the other kits still work");
	}

	@Test
	void privateKeySlotIsRefusedByTheApi() throws Exception {
		try (SecureElement root = DeviceManager.forWorkspace(workspace).open("emu-root", null)) {
			SecureElementException e = assertThrows(SecureElementException.class, () -> root.readSlot(3, null));
			assertTrue(e.getMessage().contains("private key"), e.getMessage());
			ConfigZone config = root.readConfig(null);
			assertTrue(config.permissions(3).holdsPrivateKey());
			assertTrue(config.lockState().slotLocked(3), "root CA key slot is locked");
		}
	}

	@Test
	void trafficLogShowsCommandsAndRepliesButNoPrivateKey() throws Exception {
		List<TrafficLog.Entry> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
		java.util.function.Consumer<TrafficLog.Entry> listener = seen::add;
		TrafficLog.global().addListener(listener);
		try (SecureElement thing = DeviceManager.forWorkspace(workspace).open("emu-thing", null)) {
			thing.info(null);
			thing.publicKey(0);
		} finally {
			TrafficLog.global().removeListener(listener);
		}
		assertTrue(seen.stream().anyMatch(e -> e.channel() == TrafficLog.Channel.DEVICE_TX && e.text().equals("b:f(00)")));
		assertTrue(seen.stream().anyMatch(e -> e.channel() == TrafficLog.Channel.DEVICE_RX
				&& e.text().startsWith("ATSAMG55 00(")));
		String stateFile = Files.readString(workspace.resolve("devices/emu-thing.json"));
		String slot0 = stateFile.split("\"slots\": \\[")[1].split("\"")[1];
		String scalar = slot0.substring(8);
		assertFalse(new BigInteger(scalar, 16).signum() == 0, "the chip has a key");
		for (TrafficLog.Entry entry : seen) {
			assertFalse(entry.text().toUpperCase().contains(scalar), "private key in the log: " + entry);
		}
		assertTrue(Arrays.equals(Hex.decode(slot0.substring(0, 8)), new byte[4]));
	}
}
