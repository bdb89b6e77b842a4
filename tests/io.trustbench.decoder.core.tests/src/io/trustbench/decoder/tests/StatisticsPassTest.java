package io.trustbench.decoder.tests;

import io.trustbench.testing.Oracles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.trustbench.cli.Args;
import io.trustbench.cli.CommandContext;
import io.trustbench.decoder.CaptureDecoder;
import io.trustbench.decoder.DecodeStatistics;
import io.trustbench.decoder.DissectorRegistry;
import io.trustbench.decoder.cli.TlsDecodeCommand;
import io.trustbench.decoder.stats.StatisticsPass;
import io.trustbench.decoder.tls.crypto.KeyLog;

/**
 * {@code tls decode --stats} decodes connections on several threads: its counters must equal one
 * sequential pass's, and the TLS counters must equal what counting the {@code --json} output of
 * the same capture gives (frames, records, handshake messages).
 */
class StatisticsPassTest {

	static List<String> captures() throws Exception {
		return TsharkAgreementTest.captures().toList();
	}

	@ParameterizedTest
	@MethodSource("captures")
	void parallelCountersEqualOneSequentialPass(String name) throws Exception {
		Path capture = Oracles.pcaps().resolve(name);
		Path keyLog = keyLogOf(name);
		DecodeStatistics sequential = new CaptureDecoder(DissectorRegistry.withContributions()).decode(capture,
				keyLog == null ? null : KeyLog.read(keyLog), f -> {
				}, new NullProgressMonitor());
		for (int workers : new int[] { 1, 2, 3 }) {
			DecodeStatistics parallel = new StatisticsPass(DissectorRegistry.withContributions(), false, workers)
					.run(capture, keyLog == null ? null : KeyLog.read(keyLog), new NullProgressMonitor());
			assertEquals(sequential.toString(), parallel.toString(), name + " with " + workers + " workers");
		}
	}

	@ParameterizedTest
	@MethodSource("captures")
	void statsEqualCountingTheJsonOutput(String name) throws Exception {
		Path capture = Oracles.pcaps().resolve(name);
		Path keyLog = keyLogOf(name);
		List<String> keyOption = keyLog == null ? List.of() : List.of("--keylog", keyLog.toString());
		List<String> jsonLines = run(capture, keyOption, List.of(), true).lines().filter(l -> !l.isBlank()).toList();
		long records = 0;
		long handshakes = 0;
		for (String line : jsonLines) {
			JsonObject fields = JsonParser.parseString(line).getAsJsonObject().getAsJsonObject("fields");
			records += count(fields, "tls.record.version");
			handshakes += count(fields, "tls.handshake.type");
		}
		JsonObject stats = JsonParser.parseString(run(capture, keyOption, List.of("--stats"), true).trim())
				.getAsJsonObject();
		assertEquals(jsonLines.size(), stats.get("tlsFrames").getAsLong(), name + ": TLS frames");
		assertEquals(records, stats.get("tlsRecords").getAsLong(), name + ": TLS records");
		assertEquals(handshakes, stats.get("handshakes").getAsLong(), name + ": handshake messages");
		assertTrue(stats.get("frames").getAsLong() >= jsonLines.size());
	}

	private static long count(JsonObject fields, String name) {
		JsonElement values = fields.get(name);
		return values == null ? 0 : values.getAsJsonArray().size();
	}

	private static Path keyLogOf(String name) {
		Path keyLog = Oracles.pcaps().resolve(name.replaceFirst("\\.pcap(ng)?$", ".keylog"));
		return Files.exists(keyLog) ? keyLog : null;
	}

	private static String run(Path capture, List<String> keyOption, List<String> extra, boolean json) throws Exception {
		List<String> args = new ArrayList<>(List.of(capture.toString()));
		args.addAll(keyOption);
		args.addAll(extra);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
		CommandContext context = new CommandContext(new Args(args), Path.of("target"), json, out, System.err,
				new BufferedReader(new StringReader("")), new NullProgressMonitor());
		assertEquals(0, new TlsDecodeCommand().run(context));
		return bytes.toString(StandardCharsets.UTF_8);
	}
}
