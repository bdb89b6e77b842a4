package io.trustbench.decoder;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;

import io.trustbench.decoder.capture.CaptureFiles;
import io.trustbench.decoder.capture.CaptureReader;
import io.trustbench.decoder.capture.FileProgress;
import io.trustbench.decoder.capture.RawPacket;
import io.trustbench.decoder.tls.crypto.KeyLog;

/**
 * Random access to the packets of a capture for a packet-list/detail/hex editor. Opening makes
 * one streaming pass that builds the {@link PacketIndex}; {@link #decode(int)} then re-decodes a
 * packet by replaying only its own TCP connection up to it (TLS state and keys need the earlier
 * packets of the connection, nothing else). The last few replays are kept so that scrolling
 * forward through one connection continues where it stopped. Not thread-safe: use from one job.
 */
public final class CaptureSession implements Closeable {

	private static final int REPLAYS_KEPT = 8;

	/** A replay in progress: the decoder and the last packet it decoded. */
	private record Replay(PacketDecoder decoder, int lastFrame) {
	}

	private final CaptureReader reader;
	private final DissectorRegistry registry;
	private final KeyLog keyLog;
	private final PacketIndex index = new PacketIndex();
	private final DecodeStatistics statistics;
	private long firstTimestamp;
	private final Map<Integer, Replay> replays = new LinkedHashMap<>(16, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<Integer, Replay> eldest) {
			return size() > REPLAYS_KEPT;
		}
	};

	private CaptureSession(CaptureReader reader, DissectorRegistry registry, KeyLog keyLog,
			DecodeStatistics statistics) {
		this.reader = reader;
		this.registry = registry;
		this.keyLog = keyLog;
		this.statistics = statistics;
	}

	/** Indexes {@code file} (one pass, bounded memory); cancellable through the monitor. */
	public static CaptureSession open(Path file, KeyLog keyLog, DissectorRegistry registry, IProgressMonitor monitor)
			throws IOException {
		KeyLog keys = keyLog == null ? new KeyLog() : keyLog;
		PacketDecoder decoder = new PacketDecoder(registry, keys);
		CaptureReader reader = CaptureFiles.open(file);
		CaptureSession session = new CaptureSession(reader, registry, keys, decoder.statistics());
		FileProgress progress = new FileProgress(monitor, "Indexing " + file.getFileName(), java.nio.file.Files.size(file));
		try {
			reader.onSecrets(keys::addText);
			RawPacket packet;
			while ((packet = reader.next()) != null) {
				DecodedFrame frame = decoder.decode(packet);
				if (frame.number() == 1) {
					session.firstTimestamp = packet.timestampNanos();
				}
				session.index.add(packet.fileOffset(), decoder.lastConnection());
				progress.at(packet.fileOffset());
			}
		} catch (IOException | RuntimeException e) {
			reader.close();
			throw e;
		}
		return session;
	}

	public PacketIndex index() {
		return index;
	}

	public int size() {
		return index.size();
	}

	/** Counters of the indexing pass (frames, records, handshakes…). */
	public DecodeStatistics statistics() {
		return statistics;
	}

	/** The packet's row for the packet list. */
	public PacketSummary summary(int number) throws IOException {
		return decode(number).summary(firstTimestamp);
	}

	/** The fully decoded packet: field tree, data sources for the hex pane, summary. */
	public DecodedFrame decode(int number) throws IOException {
		int connection = index.connection(number);
		if (connection < 0) {
			return new PacketDecoder(registry, keyLog).decode(reader.readAt(index.offset(number)), number);
		}
		Replay replay = replays.get(connection);
		PacketDecoder decoder;
		int from;
		if (replay != null && replay.lastFrame() < number) {
			decoder = replay.decoder();
			from = replay.lastFrame() + 1;
		} else {
			decoder = new PacketDecoder(registry, keyLog);
			from = 1;
		}
		DecodedFrame result = null;
		for (int frame : index.framesOf(connection, from, number)) {
			result = decoder.decode(reader.readAt(index.offset(frame)), frame);
		}
		replays.put(connection, new Replay(decoder, number));
		return result;
	}

	/** The TLS messages of one connection in order, for a ladder diagram. */
	public List<LadderEntry> ladder(int connection) throws IOException {
		List<LadderEntry> entries = new ArrayList<>();
		PacketDecoder decoder = new PacketDecoder(registry, keyLog);
		for (int frame : index.framesOf(connection, 1, index.size())) {
			DecodedFrame decoded = decoder.decode(reader.readAt(index.offset(frame)), frame);
			entries.addAll(LadderEntry.of(decoded));
		}
		return entries;
	}

	@Override
	public void close() throws IOException {
		reader.close();
	}
}
