package io.trustbench.secureelement.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;

import io.trustbench.core.Hex;
import io.trustbench.secureelement.core.DeviceChangeListener;
import io.trustbench.secureelement.core.DeviceDescriptor;
import io.trustbench.secureelement.core.DeviceManager;
import io.trustbench.secureelement.core.SecureElementException;
import io.trustbench.secureelement.core.internal.emulator.EmulatedKits;
import io.trustbench.secureelement.core.internal.emulator.SerialNumberPool;
import io.trustbench.secureelement.core.internal.transport.EmulatorKitTransport;
import io.trustbench.secureelement.core.kit.AwsKitContext;
import io.trustbench.secureelement.core.kit.TransportContext;

/** The emulated fleet: created, listed, distinct, persisted across restarts, removed. */
class EmulatedFleetTest extends EmulatedWorkspaceTest {

	@Test
	void fleetThingsAreFullThingKitsWithDistinctSerialsListedByScan() throws Exception {
		DeviceManager devices = DeviceManager.forWorkspace(workspace);
		List<String> ids = devices.ensureEmulatedThings(3, null);
		assertEquals(List.of("emu-thing-001", "emu-thing-002", "emu-thing-003"), ids);
		List<DeviceDescriptor> found = devices.devices("emulator", null);
		assertEquals(List.of("emu-root", "emu-signer", "emu-thing", "emu-thing-001", "emu-thing-002", "emu-thing-003"),
				found.stream().map(DeviceDescriptor::id).toList());
		Set<String> serials = new HashSet<>();
		for (DeviceDescriptor d : found) {
			var info = devices.info(d.id(), null);
			assertTrue(serials.add(info.serialHex()), "serial of " + d.id() + " is unique");
			if (d.id().startsWith("emu-thing")) {
				assertEquals("thing", d.kind());
				assertEquals("ATSAMG55", d.name());
				assertTrue(info.locks().configLocked() && info.locks().dataLocked(), d.id());
			}
		}
		EmulatorKitTransport emulator = new EmulatorKitTransport();
		TransportContext context = TransportContext.of(workspace);
		assertEquals("fleet-device", emulator.kit(context, "emu-thing-002").settings()
				.get(AwsKitContext.DEVICE_CERTIFICATE_DEFINITION));
		assertTrue(emulator.kit(context, "emu-thing").settings().isEmpty(), "emu-thing keeps the seed's template");
	}

	@Test
	void fleetSurvivesARestartAndEnsureOnlyAddsWhatIsMissing() throws Exception {
		DeviceManager first = DeviceManager.forWorkspace(workspace);
		first.ensureEmulatedThings(2, null);
		Map<String, String> serials = new HashMap<>();
		for (String id : first.emulatedThings()) {
			serials.put(id, first.info(id, null).serialHex());
		}
		Path state = workspace.resolve("devices").resolve("emu-thing-001.json");
		FileTime written = Files.getLastModifiedTime(state);

		EmulatedKits.forgetAll(); // a new process
		DeviceManager again = DeviceManager.forWorkspace(workspace);
		assertTrue(again.scan(null).stream().anyMatch(d -> d.id().equals("emu-thing-002")));
		assertEquals(List.of("emu-thing-001", "emu-thing-002", "emu-thing-003", "emu-thing-004"),
				again.ensureEmulatedThings(4, null));
		assertEquals(List.of("emu-thing-001"), again.ensureEmulatedThings(1, null), "things 1..count");
		assertEquals(4, again.emulatedThings().size(), "things beyond count are kept");
		for (Map.Entry<String, String> e : serials.entrySet()) {
			assertEquals(e.getValue(), again.info(e.getKey(), null).serialHex(), e.getKey() + " is the same chip");
		}
		assertEquals(written, Files.getLastModifiedTime(state), "an existing thing is not re-created");
	}

	@Test
	void removeDeletesOnlyFleetThingsAndTellsListeners() throws Exception {
		DeviceManager devices = DeviceManager.forWorkspace(workspace);
		devices.ensureEmulatedThings(2, null);
		List<DeviceChangeListener.Event> events = new CopyOnWriteArrayList<>();
		devices.addListener(events::add);
		assertEquals(List.of("emu-thing-001", "emu-thing-002"), devices.removeEmulatedThings(null));
		assertEquals(List.of("emu-root", "emu-signer", "emu-thing"),
				devices.devices("emulator", null).stream().map(DeviceDescriptor::id).toList());
		assertFalse(Files.exists(workspace.resolve("devices").resolve("emu-thing-001.json")));
		assertTrue(Files.exists(workspace.resolve("devices").resolve("emu-thing.json")));
		assertEquals(List.of("emu-thing-001", "emu-thing-002"),
				events.get(0).removed().stream().map(DeviceDescriptor::id).toList());
		SecureElementException gone = assertThrows(SecureElementException.class,
				() -> devices.open("emu-thing-001", null));
		assertTrue(gone.getMessage().contains("no device 'emu-thing-001'"), gone.getMessage());
		assertEquals(List.of(), devices.emulatedThings());
	}

	@Test
	void cancellingKeepsTheThingsMadeSoFar() throws Exception {
		DeviceManager devices = DeviceManager.forWorkspace(workspace);
		NullProgressMonitor monitor = new NullProgressMonitor() {
			private int created;

			@Override
			public void subTask(String name) {
				if (name.startsWith("emu-thing-") && ++created == 2) {
					setCanceled(true);
				}
			}
		};
		assertThrows(OperationCanceledException.class, () -> devices.ensureEmulatedThings(5, monitor));
		assertEquals(2, devices.emulatedThings().size());
		assertEquals(5, devices.ensureEmulatedThings(5, null).size(), "a re-run completes the fleet");
	}

	@Test
	void badCountsAndDamagedListsAreClearErrors() throws Exception {
		DeviceManager devices = DeviceManager.forWorkspace(workspace);
		IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class,
				() -> devices.ensureEmulatedThings(1000, null));
		assertTrue(tooMany.getMessage().contains("0 to 999"), tooMany.getMessage());
		Files.createDirectories(workspace.resolve("devices"));
		Files.writeString(workspace.resolve("devices").resolve("emulated-things.json"), "{\"things\":[\"../x\"]}");
		SecureElementException damaged = assertThrows(SecureElementException.class, devices::emulatedThings);
		assertTrue(damaged.getMessage().contains("unknown id '../x'"), damaged.getMessage());
		assertEquals(3, devices.scan(null).stream().filter(d -> d.transport().equals("emulator")).count(),
				"a damaged list hides only the fleet");
	}

	@Test
	void aNewChipNeverGetsASerialNumberTheWorkspaceHas() throws Exception {
		DeviceManager devices = DeviceManager.forWorkspace(workspace);
		devices.ensureEmulatedThings(1, null);
		byte[] taken = devices.info("emu-thing-001", null).serial();
		SerialNumberPool pool = SerialNumberPool.scan(workspace.resolve("devices"));
		// a random source that first repeats the existing chip's bytes, then gives new ones
		byte[] repeat = { taken[2], taken[3], taken[4], taken[5], taken[6], taken[7] };
		List<byte[]> draws = new ArrayList<>(List.of(repeat, repeat, new byte[] { 1, 2, 3, 4, 5, 6 }));
		SecureRandom scripted = new SecureRandom() {
			private static final long serialVersionUID = 1L;

			@Override
			public void nextBytes(byte[] bytes) {
				System.arraycopy(draws.remove(0), 0, bytes, 0, bytes.length);
			}
		};
		byte[] config = new byte[128];
		config[0] = 0x01;
		config[1] = 0x23;
		config[12] = (byte) 0xEE;
		pool.assign(config, scripted);
		assertEquals("0123010203040506EE", Hex.encodeUpper(SerialNumberPool.serialOf(config)));
		assertTrue(draws.isEmpty(), "both repeats of the existing serial were refused");
	}
}
