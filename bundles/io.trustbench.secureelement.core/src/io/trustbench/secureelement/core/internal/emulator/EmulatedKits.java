package io.trustbench.secureelement.core.internal.emulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.trustbench.core.TrafficLog;
import io.trustbench.secureelement.core.SecureElement;
import io.trustbench.secureelement.core.SecureElementException;
import io.trustbench.secureelement.core.emulator.EmulatorProfile;
import io.trustbench.secureelement.core.kit.AwsCommandHandler;

/**
 * The running emulated kits of this process, one per state file, so the CLI, the workbench and
 * tests in one JVM share a kit. A kit is created and provisioned on first use; a state file
 * changed by another process (a second CLI run) is re-read before the kit is handed out.
 */
public final class EmulatedKits {

	private static final Map<Path, EmulatedKit> RUNNING = new HashMap<>();
	private static final Map<Path, SerialNumberPool> SERIALS = new HashMap<>();

	private EmulatedKits() {
	}

	/**
	 * The kit with this id in the workspace, created (config written and locked, keys generated)
	 * if its state file does not exist yet.
	 */
	public static EmulatedKit obtain(Path workspace, String id, String kind, EmulatorProfile profile,
			List<AwsCommandHandler> handlers) throws IOException {
		return obtain(workspace, id, kind, profile, handlers, Map.of());
	}

	/**
	 * As above; a kit created now keeps {@code settings} in its state (see
	 * {@code AwsKitContext.setting}); an existing kit keeps the settings it was created with.
	 */
	public static synchronized EmulatedKit obtain(Path workspace, String id, String kind, EmulatorProfile profile,
			List<AwsCommandHandler> handlers, Map<String, String> settings) throws IOException {
		Path file = KitStateStore.fileFor(workspace, id).toAbsolutePath().normalize();
		EmulatedKit kit = RUNNING.get(file);
		if (kit != null && !kit.store().changedOnDisk()) {
			return kit;
		}
		KitStateStore store = new KitStateStore(file);
		if (store.exists()) {
			kit = new EmulatedKit(id, kind, profile, store, store.load(), handlers);
		} else {
			kit = create(id, kind, profile, store, handlers, settings, serials(file.getParent()));
		}
		RUNNING.put(file, kit);
		return kit;
	}

	/** Forgets running kits (tests that simulate a restart). */
	public static synchronized void forgetAll() {
		RUNNING.clear();
		SERIALS.clear();
	}

	/** Forgets the kit and deletes its state file (its keys are gone for good). */
	public static synchronized void delete(Path workspace, String id) throws IOException {
		Path file = KitStateStore.fileFor(workspace, id).toAbsolutePath().normalize();
		RUNNING.remove(file);
		Files.deleteIfExists(file);
	}

	private static SerialNumberPool serials(Path devices) {
		return SERIALS.computeIfAbsent(devices, SerialNumberPool::scan);
	}

	private static EmulatedKit create(String id, String kind, EmulatorProfile profile, KitStateStore store,
			List<AwsCommandHandler> handlers, Map<String, String> settings, SerialNumberPool serials)
			throws IOException {
		SecureRandom random = new SecureRandom();
		byte[] config = factoryConfig(profile.config(), random);
		serials.assign(config, random);
		EmulatedKit kit = new EmulatedKit(id, kind, profile, store,
				new KitStateStore.KitState(kind, new ChipState(config), new TreeMap<>(), settings), handlers);
		TrafficLog.global().log(TrafficLog.Channel.INFO, id, "creating emulated " + profile.kitName() + " in "
				+ store.file());
		try {
			SecureElement firmware = kit.firmwareChip();
			kit.deferSaves(true);
			profile.provision(firmware, null);
			kit.deferSaves(false);
		} catch (SecureElementException | RuntimeException e) {
			Files.deleteIfExists(store.file());
			throw new IOException("cannot provision emulated " + profile.kitName() + ": " + e.getMessage(), e);
		}
		return kit;
	}

	/**
	 * The config a fresh chip leaves the factory with: the profile's bytes 16..83 and 88..127,
	 * a random serial 01 23 xx xx .. xx xx xx xx EE (made unique in the workspace by
	 * {@link SerialNumberPool#assign}), revision 00 00 50 00, I2C enabled, unlocked.
	 * (Provisioning then writes the profile's config through Write packets, which is a no-op for
	 * equal bytes but proves the path.)
	 */
	static byte[] factoryConfig(byte[] profileConfig, SecureRandom random) {
		byte[] c = new byte[128];
		byte[] sn = new byte[6];
		random.nextBytes(sn);
		c[0] = 0x01;
		c[1] = 0x23;
		c[2] = sn[0];
		c[3] = sn[1];
		System.arraycopy(Atecc508a.REVISION, 0, c, 4, 4);
		System.arraycopy(sn, 2, c, 8, 4);
		c[12] = (byte) 0xEE;
		c[14] = 0x01;
		c[16] = (byte) 0xC0;
		c[18] = 0x55;
		c[84] = 0x00;
		c[85] = 0x00;
		c[86] = 0x55;
		c[87] = 0x55;
		c[88] = (byte) 0xFF;
		c[89] = (byte) 0xFF;
		return c;
	}
}
