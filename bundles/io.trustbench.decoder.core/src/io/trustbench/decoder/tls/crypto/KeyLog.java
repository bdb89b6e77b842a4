package io.trustbench.decoder.tls.crypto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * NSS key-log secrets ({@code SSLKEYLOGFILE} format): {@code LABEL <client random hex> <secret
 * hex>} per line. Lines from a file and from pcapng Decryption Secrets Blocks go into the same
 * table; comments, blank and malformed lines are skipped (and counted), as tshark does.
 * Thread-safe: secrets blocks are added by the reading thread while decoding threads look up.
 */
public final class KeyLog {

	public static final String CLIENT_RANDOM = "CLIENT_RANDOM";
	public static final String CLIENT_HANDSHAKE = "CLIENT_HANDSHAKE_TRAFFIC_SECRET";
	public static final String SERVER_HANDSHAKE = "SERVER_HANDSHAKE_TRAFFIC_SECRET";
	public static final String CLIENT_TRAFFIC_0 = "CLIENT_TRAFFIC_SECRET_0";
	public static final String SERVER_TRAFFIC_0 = "SERVER_TRAFFIC_SECRET_0";

	private static final HexFormat HEX = HexFormat.of();

	private final Map<String, Map<String, byte[]>> byClientRandom = new HashMap<>();
	private int skippedLines;

	public static KeyLog read(Path file) throws IOException {
		KeyLog log = new KeyLog();
		log.addText(Files.readString(file, StandardCharsets.UTF_8));
		return log;
	}

	/** Adds every line of key-log text. */
	public synchronized void addText(String text) {
		for (String line : text.split("\r?\n")) {
			addLine(line);
		}
	}

	private void addLine(String raw) {
		String line = raw.trim();
		if (line.isEmpty() || line.startsWith("#")) {
			return;
		}
		String[] parts = line.split("\\s+");
		if (parts.length != 3 || parts[1].length() != 64) {
			skippedLines++;
			return;
		}
		try {
			byte[] secret = HEX.parseHex(parts[2].toLowerCase());
			HEX.parseHex(parts[1]);
			byClientRandom.computeIfAbsent(parts[1].toLowerCase(), k -> new HashMap<>()).put(parts[0], secret);
		} catch (IllegalArgumentException e) {
			skippedLines++;
		}
	}

	/** The secret with {@code label} for the connection with this client random, or null. */
	public synchronized byte[] secret(String label, byte[] clientRandom) {
		if (clientRandom == null) {
			return null;
		}
		Map<String, byte[]> secrets = byClientRandom.get(HEX.formatHex(clientRandom));
		return secrets == null ? null : secrets.get(label);
	}

	public synchronized int size() {
		return byClientRandom.size();
	}

	public synchronized int skippedLines() {
		return skippedLines;
	}
}
