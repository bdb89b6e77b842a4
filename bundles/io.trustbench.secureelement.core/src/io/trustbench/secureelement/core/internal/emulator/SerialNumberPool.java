package io.trustbench.secureelement.core.internal.emulator;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import io.trustbench.core.TrafficLog;

/**
 * The chip serial numbers already given out in one workspace, so a new emulated chip never gets
 * one that exists: a fleet's thing names (CN = "sn" + serial) must be distinct. Random serials
 * alone (48 random bits) would very likely be distinct; this makes it certain. Filled once from
 * the state files, then kept up to date by the kits created in this process.
 */
public final class SerialNumberPool {

	private final Set<String> taken = new HashSet<>();

	/** Reads the serial numbers of every state file in {@code devices}. */
	public static SerialNumberPool scan(Path devices) {
		SerialNumberPool pool = new SerialNumberPool();
		if (!Files.isDirectory(devices)) {
			return pool;
		}
		try (DirectoryStream<Path> files = Files.newDirectoryStream(devices, "*.json")) {
			for (Path file : files) {
				byte[] config = configOf(file);
				if (config != null && config.length >= 13) {
					pool.taken.add(key(serialOf(config)));
				}
			}
		} catch (IOException e) {
			TrafficLog.global().log(TrafficLog.Channel.ERROR, "emulator", "cannot list " + devices + ": " + e.getMessage());
		}
		return pool;
	}

	/** A new config's serial number, different from every one taken, written into bytes 0–3 and 8–12. */
	public void assign(byte[] config, SecureRandom random) {
		byte[] candidate = new byte[6];
		do {
			random.nextBytes(candidate);
			config[2] = candidate[0];
			config[3] = candidate[1];
			System.arraycopy(candidate, 2, config, 8, 4);
		} while (!taken.add(key(serialOf(config))));
	}

	public static byte[] serialOf(byte[] config) {
		byte[] sn = new byte[9];
		System.arraycopy(config, 0, sn, 0, 4);
		System.arraycopy(config, 8, sn, 4, 5);
		return sn;
	}

	private static String key(byte[] serial) {
		return HexFormat.of().formatHex(serial);
	}

	/** The config bytes of a kit state file; null for other files (the fleet list) or damaged ones. */
	private static byte[] configOf(Path file) {
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			JsonElement json = JsonParser.parseReader(in);
			if (json.isJsonObject()) {
				JsonObject object = json.getAsJsonObject();
				if (object.has("config") && object.get("config").isJsonPrimitive()) {
					return HexFormat.of().parseHex(object.get("config").getAsString());
				}
			}
		} catch (IOException | JsonParseException | IllegalArgumentException | IllegalStateException e) {
			// not a kit state file, or damaged: that kit reports it when opened
		}
		return null;
	}
}
