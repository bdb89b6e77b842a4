package io.trustbench.secureelement.core.internal.emulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

import io.trustbench.core.AtomicFiles;
import io.trustbench.core.Hex;

/**
 * The state file of one emulated kit: {@code <workspace>/devices/<id>.json}, written atomically
 * with mode 600. It is the chip's silicon and the kit's flash — it holds the private keys (in
 * their slots, as the chip does) so a kit survives restarts; nothing in Trustbench reads them
 * back out except the emulated chip itself.
 */
public final class KitStateStore {

	/** The JSON shape; hex for chip memory, base64 for firmware blobs. */
	static final class Json {
		int format = 1;
		String kind;
		String config;
		String otp;
		String[] slots;
		Map<String, String> blobs = new TreeMap<>();
		Map<String, String> settings;
	}

	/** What a kit persists; settings are fixed when the kit is created (e.g. its certificate template). */
	public record KitState(String kind, ChipState chip, Map<String, byte[]> blobs, Map<String, String> settings) {
		public KitState {
			settings = Map.copyOf(settings);
		}
	}

	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

	private final Path file;
	private java.nio.file.attribute.FileTime lastSeen;

	public KitStateStore(Path file) {
		this.file = file;
	}

	public static Path fileFor(Path workspace, String deviceId) {
		return workspace.resolve("devices").resolve(deviceId + ".json");
	}

	public Path file() {
		return file;
	}

	public boolean exists() {
		return Files.isRegularFile(file);
	}

	public synchronized void save(KitState state) throws IOException {
		Json json = new Json();
		json.kind = state.kind();
		ChipState chip = state.chip();
		json.config = Hex.encodeUpper(chip.config);
		json.otp = Hex.encodeUpper(chip.otp);
		json.slots = new String[16];
		for (int i = 0; i < 16; i++) {
			json.slots[i] = Hex.encodeUpper(chip.slots[i]);
		}
		state.blobs().forEach((k, v) -> json.blobs.put(k, Base64.getEncoder().encodeToString(v)));
		json.settings = state.settings().isEmpty() ? null : new TreeMap<>(state.settings());
		AtomicFiles.write(file, GSON.toJson(json).getBytes(StandardCharsets.UTF_8));
		restrictToOwner();
		lastSeen = Files.getLastModifiedTime(file);
	}

	/** True when another process wrote the file since this store last read or wrote it. */
	public synchronized boolean changedOnDisk() {
		try {
			return lastSeen == null || !Files.getLastModifiedTime(file).equals(lastSeen);
		} catch (IOException e) {
			return true;
		}
	}

	/** Loads the file; a damaged file is an IOException naming it (never silently replaced: it holds keys). */
	public synchronized KitState load() throws IOException {
		lastSeen = Files.getLastModifiedTime(file);
		String text = Files.readString(file, StandardCharsets.UTF_8);
		try {
			Json json = GSON.fromJson(text, Json.class);
			if (json == null || json.config == null || json.otp == null || json.slots == null || json.slots.length != 16) {
				throw new IOException("emulated kit state " + file + " is incomplete");
			}
			byte[][] slots = new byte[16][];
			for (int i = 0; i < 16; i++) {
				slots[i] = Hex.decode(json.slots[i]);
			}
			ChipState chip = new ChipState(Hex.decode(json.config), Hex.decode(json.otp), slots);
			Map<String, byte[]> blobs = new TreeMap<>();
			if (json.blobs != null) {
				json.blobs.forEach((k, v) -> blobs.put(k, Base64.getDecoder().decode(v)));
			}
			return new KitState(json.kind, chip, blobs, json.settings == null ? Map.of() : json.settings);
		} catch (JsonParseException | IllegalArgumentException e) {
			throw new IOException("emulated kit state " + file + " is damaged: " + e.getMessage(), e);
		}
	}

	private void restrictToOwner() {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		} catch (UnsupportedOperationException | IOException e) {
			// Not a POSIX file system: the workspace directory's own protection applies.
		}
	}
}
