package io.trustbench.secureelement.core.internal.emulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

import io.trustbench.core.AtomicFiles;

/**
 * The workspace's list of emulated fleet things ({@code emu-thing-001} …), in
 * {@code <workspace>/devices/emulated-things.json}, written atomically: discovery lists these kits
 * again after a restart without opening their state files.
 */
public final class EmulatedThingList {

	public static final String ID_PREFIX = "emu-thing-";
	/** Ids keep three digits. */
	public static final int MAX_THINGS = 999;

	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

	/** The JSON shape. */
	static final class Json {
		int format = 1;
		List<String> things = new ArrayList<>();
	}

	private EmulatedThingList() {
	}

	/** {@code 7} → {@code emu-thing-007}. */
	public static String id(int index) {
		if (index < 1 || index > MAX_THINGS) {
			throw new IllegalArgumentException("emulated thing index must be 1 to " + MAX_THINGS + ", not " + index);
		}
		return String.format("%s%03d", ID_PREFIX, index);
	}

	public static Path file(Path workspace) {
		return workspace.resolve("devices").resolve("emulated-things.json");
	}

	/** The listed ids in order; empty when the file does not exist. */
	public static List<String> load(Path workspace) throws IOException {
		Path file = file(workspace);
		if (!Files.isRegularFile(file)) {
			return List.of();
		}
		try {
			Json json = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), Json.class);
			if (json == null || json.things == null) {
				throw new IOException("the emulated thing list " + file + " is incomplete");
			}
			for (String id : json.things) {
				if (id == null || !id.matches(ID_PREFIX + "\\d{3}")) {
					throw new IOException("the emulated thing list " + file + " names an unknown id '" + id + "'");
				}
			}
			return List.copyOf(new TreeSet<>(json.things));
		} catch (JsonParseException e) {
			throw new IOException("the emulated thing list " + file + " is damaged: " + e.getMessage(), e);
		}
	}

	/** Writes the list (sorted); an empty list removes the file. */
	public static void save(Path workspace, List<String> ids) throws IOException {
		if (ids.isEmpty()) {
			Files.deleteIfExists(file(workspace));
			return;
		}
		Json json = new Json();
		json.things = new ArrayList<>(new TreeSet<>(ids));
		AtomicFiles.write(file(workspace), GSON.toJson(json).getBytes(StandardCharsets.UTF_8));
	}
}
