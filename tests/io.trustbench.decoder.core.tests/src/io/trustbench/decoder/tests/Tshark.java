package io.trustbench.decoder.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Runs tshark as the oracle. Options: {@code -Y tls -T fields -E occurrence=a} with an ASCII unit
 * separator (0x1f) between occurrences ({@code -E aggregator}) and a record separator (0x1e)
 * between fields, so that values containing commas, spaces or tabs split unambiguously.
 */
public final class Tshark {

	public static final String EXECUTABLE = "/usr/bin/tshark";
	static final char FIELD_SEPARATOR = '\u001e';
	static final char OCCURRENCE_SEPARATOR = '\u001f';

	private Tshark() {
	}

	public static boolean available() {
		if (Files.isExecutable(Path.of(EXECUTABLE))) {
			return true;
		}
		for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
			if (Files.isExecutable(Path.of(dir, "tshark"))) {
				return true;
			}
		}
		return false;
	}

	private static String command() {
		return Files.isExecutable(Path.of(EXECUTABLE)) ? EXECUTABLE : "tshark";
	}

	/** frame number → field → per-occurrence values (fields without a value are left out). */
	public static Map<Integer, Map<String, List<String>>> fields(Path capture, Path keyLog, List<String> names,
			String displayFilter) throws IOException, InterruptedException {
		List<String> cmd = new ArrayList<>(List.of(command(), "-n", "-r", capture.toString(), "-Y", displayFilter, "-T", "fields",
				"-E", "occurrence=a", "-E", "aggregator=" + OCCURRENCE_SEPARATOR, "-E", "separator=" + FIELD_SEPARATOR,
				"-e", "frame.number"));
		if (keyLog != null) {
			cmd.add(2, "tls.keylog_file:" + keyLog);
			cmd.add(2, "-o");
		}
		for (String name : names) {
			cmd.add("-e");
			cmd.add(name);
		}
		ProcessBuilder builder = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
		// tshark prints absolute times (tls.handshake.random_time) in its local zone; the decoder prints UTC
		builder.environment().put("TZ", "UTC");
		Process process = builder.start();
		byte[] out = process.getInputStream().readAllBytes();
		if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IOException("tshark failed on " + capture);
		}
		Map<Integer, Map<String, List<String>>> frames = new TreeMap<>();
		for (String line : new String(out, StandardCharsets.UTF_8).split("\n")) {
			if (line.isEmpty()) {
				continue;
			}
			String[] columns = line.split(String.valueOf(FIELD_SEPARATOR), -1);
			Map<String, List<String>> values = new LinkedHashMap<>();
			for (int i = 0; i < names.size(); i++) {
				String column = i + 1 < columns.length ? columns[i + 1] : "";
				if (!column.isEmpty()) {
					values.put(names.get(i), Arrays.asList(column.split(String.valueOf(OCCURRENCE_SEPARATOR), -1)));
				}
			}
			frames.put(Integer.parseInt(columns[0]), values);
		}
		return frames;
	}
}
