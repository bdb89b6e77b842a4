package io.trustbench.tlsclient.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.trustbench.core.AtomicFiles;
import io.trustbench.core.Hex;

/**
 * NSS key log lines of one connection (the SSLKEYLOGFILE format Wireshark, tshark and the
 * Trustbench decoder read): {@code CLIENT_RANDOM} with the master secret for TLS 1.2, the
 * handshake and application traffic secrets for TLS 1.3. The secrets are session keys of this
 * connection only — device keys never appear here.
 */
public final class KeyLog {

	private final List<String> lines = new ArrayList<>();

	public synchronized void add(String label, byte[] clientRandom, byte[] secret) {
		String line = label + " " + Hex.encode(clientRandom) + " " + Hex.encode(secret);
		if (!lines.contains(line)) {
			lines.add(line);
		}
	}

	public synchronized List<String> lines() {
		return List.copyOf(lines);
	}

	public synchronized boolean isEmpty() {
		return lines.isEmpty();
	}

	/** The key log file text, one line per secret. */
	public synchronized String text() {
		StringBuilder b = new StringBuilder();
		for (String line : lines) {
			b.append(line).append('\n');
		}
		return b.toString();
	}

	/** Writes (atomically) the lines to {@code file}, replacing it. */
	public void write(Path file) throws IOException {
		AtomicFiles.write(file, text().getBytes(StandardCharsets.US_ASCII));
	}
}
