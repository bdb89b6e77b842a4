package io.trustbench.decoder.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import io.trustbench.cli.Args;
import io.trustbench.cli.CliCommand;
import io.trustbench.cli.CommandContext;
import io.trustbench.cli.CommandException;
import io.trustbench.cli.UsageException;
import io.trustbench.decoder.CaptureDecoder;
import io.trustbench.decoder.DecodeStatistics;
import io.trustbench.decoder.DecodedFrame;
import io.trustbench.decoder.DissectorRegistry;
import io.trustbench.decoder.Field;
import io.trustbench.decoder.FieldValues;
import io.trustbench.decoder.PacketSummary;
import io.trustbench.decoder.capture.CaptureFormatException;
import io.trustbench.decoder.filter.DisplayFilter;
import io.trustbench.decoder.stats.StatisticsPass;
import io.trustbench.decoder.tls.crypto.KeyLog;

/**
 * {@code tls decode FILE [--keylog F] [--json] [--stats] [--tree] [--filter EXPR]
 * [--reassemble-out-of-order]}: the frames that carry TLS, as summary lines, field trees, or one
 * JSON object per frame whose values are the per-occurrence strings tshark prints with
 * {@code -T fields -E occurrence=a}.
 */
public final class TlsDecodeCommand implements CliCommand {

	private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

	@Override
	public int run(CommandContext context) throws Exception {
		Args args = context.args();
		String keyLogPath = args.option("--keylog");
		String filterText = args.option("--filter");
		boolean stats = args.flag("--stats");
		boolean tree = args.flag("--tree");
		boolean outOfOrder = args.flag("--reassemble-out-of-order");
		Path file = Path.of(args.positional(0, "capture FILE"));
		args.expectAtMost(1);
		DisplayFilter filter;
		try {
			filter = filterText == null ? null : DisplayFilter.parse(filterText);
		} catch (IllegalArgumentException e) {
			throw new UsageException("bad --filter: " + e.getMessage());
		}
		KeyLog keyLog = readKeyLog(keyLogPath);
		PrintStream out = context.out();
		boolean json = context.json();
		long[] firstTimestamp = { Long.MIN_VALUE };
		long started = System.nanoTime();
		try {
			if (stats) {
				// no per-frame output, so connections can be decoded on every core
				DecodeStatistics statistics = new StatisticsPass(DissectorRegistry.withContributions(), outOfOrder,
						StatisticsPass.defaultWorkers()).run(file, keyLog, context.monitor());
				printStats(out, json, file, statistics, System.nanoTime() - started);
				return 0;
			}
			new CaptureDecoder(DissectorRegistry.withContributions(), outOfOrder).decode(file, keyLog, frame -> {
				if (firstTimestamp[0] == Long.MIN_VALUE) {
					firstTimestamp[0] = frame.timestampNanos();
				}
				if (!frame.carriesTls() || (filter != null && !filter.matches(frame))) {
					return;
				}
				if (json) {
					out.println(json(frame));
				} else {
					PacketSummary s = frame.summary(firstTimestamp[0]);
					out.printf("%6d %11.6f %s → %s %s %d %s%n", s.number(), s.relativeTime(), s.source(),
							s.destination(), s.protocol(), s.length(), s.info());
					if (tree) {
						for (Field root : frame.roots()) {
							print(out, root, 1);
						}
					}
				}
			}, context.monitor());
		} catch (NoSuchFileException e) {
			throw new CommandException("no such capture file: " + file);
		} catch (CaptureFormatException e) {
			throw new CommandException(e.getMessage());
		}
		return 0;
	}

	static String json(DecodedFrame frame) {
		JsonObject object = new JsonObject();
		object.addProperty("frame", frame.number());
		JsonObject fields = new JsonObject();
		for (Map.Entry<String, List<String>> e : FieldValues.of(frame, "tls").entrySet()) {
			JsonArray values = new JsonArray();
			e.getValue().forEach(values::add);
			fields.add(e.getKey(), values);
		}
		object.add("fields", fields);
		return GSON.toJson(object);
	}

	private static KeyLog readKeyLog(String path) {
		if (path == null) {
			return null;
		}
		try {
			return KeyLog.read(Path.of(path));
		} catch (NoSuchFileException e) {
			throw new CommandException("no such key log: " + path);
		} catch (IOException e) {
			throw new CommandException("cannot read key log " + path + ": " + e.getMessage());
		}
	}

	private static void print(PrintStream out, Field field, int depth) {
		out.println("  ".repeat(depth) + field.display());
		for (Field child : field.children()) {
			print(out, child, depth + 1);
		}
	}

	private static void printStats(PrintStream out, boolean json, Path file, DecodeStatistics s, long nanos)
			throws IOException {
		double seconds = nanos / 1e9;
		long size = Files.size(file);
		if (json) {
			JsonObject o = new JsonObject();
			o.addProperty("file", file.toString());
			o.addProperty("frames", s.frames);
			o.addProperty("tlsFrames", s.tlsFrames);
			o.addProperty("tlsRecords", s.tlsRecords);
			o.addProperty("handshakes", s.tlsHandshakeMessages);
			o.addProperty("decryptedRecords", s.tlsDecryptedRecords);
			o.addProperty("tcpConnections", s.tcpConnections);
			o.addProperty("seconds", seconds);
			o.addProperty("framesPerSecond", s.frames / Math.max(seconds, 1e-9));
			out.println(GSON.toJson(o));
			return;
		}
		out.printf("frames:             %d%n", s.frames);
		out.printf("TLS frames:         %d%n", s.tlsFrames);
		out.printf("TLS records:        %d (%d decrypted, %d not decryptable)%n", s.tlsRecords, s.tlsDecryptedRecords,
				s.tlsUndecryptableRecords);
		out.printf("handshake messages: %d%n", s.tlsHandshakeMessages);
		out.printf("TCP connections:    %d (%d retransmissions, %d gaps)%n", s.tcpConnections, s.tcpRetransmissions,
				s.tcpGaps);
		out.printf("malformed frames:   %d%n", s.malformed);
		out.printf("elapsed:            %.3f s (%.0f frames/s, %.1f MB/s)%n", seconds, s.frames / Math.max(seconds, 1e-9),
				size / 1e6 / Math.max(seconds, 1e-9));
	}
}
