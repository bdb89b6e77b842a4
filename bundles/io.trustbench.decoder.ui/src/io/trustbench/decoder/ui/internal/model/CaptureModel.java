package io.trustbench.decoder.ui.internal.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;

import org.eclipse.core.runtime.IProgressMonitor;

import io.trustbench.decoder.DecodedFrame;
import io.trustbench.decoder.DissectorRegistry;
import io.trustbench.decoder.PacketDecoder;
import io.trustbench.decoder.PacketSummary;
import io.trustbench.decoder.capture.CaptureFiles;
import io.trustbench.decoder.capture.CaptureReader;
import io.trustbench.decoder.tls.crypto.KeyLog;

/**
 * A capture opened in the editor: the packet index built by one pass, the connections with their
 * TLS messages, and decoding of any frame on demand. A frame that belongs to a TCP connection is
 * decoded by replaying its connection from the start (TCP reassembly and TLS keys depend on
 * everything before it); rows decoded that way go into a bounded cache.
 */
public final class CaptureModel implements AutoCloseable {

	/** Index values from here on are UDP flows, below are the core's TCP connection ids. */
	public static final int UDP_FLOWS = 1 << 30;
	/** Rows kept beyond the first page. */
	public static final int CACHE_ROWS = 4096;
	/** Earlier frames of a replayed connection whose rows are kept too (the rows above). */
	private static final int LOOK_BEHIND = 128;

	private final Path capture;
	private final Path keyLogFile;
	private final DissectorRegistry registry;
	private final KeyLog keyLog;
	private final PacketIndex index = new PacketIndex();
	private final Map<Integer, Connection> connections = new ConcurrentSkipListMap<>();
	private final Map<Integer, Connection> udpFlows = new java.util.concurrent.ConcurrentHashMap<>();
	private final PacketSummary[] firstPage = new PacketSummary[CaptureIndexer.FIRST_PAGE];
	private final SummaryCache cache = new SummaryCache(CACHE_ROWS);
	private final RandomReader random;

	/**
	 * @param keyLogFile NSS key log to decrypt with, or null (pcapng-embedded secrets are always used)
	 * @throws IOException when the key log cannot be read
	 */
	public CaptureModel(Path capture, Path keyLogFile, DissectorRegistry registry) throws IOException {
		this.capture = capture;
		this.keyLogFile = keyLogFile;
		this.registry = registry;
		this.keyLog = keyLogFile == null ? new KeyLog() : KeyLog.read(keyLogFile);
		this.random = new RandomReader(capture);
	}

	public Path capture() {
		return capture;
	}

	/** The key-log file chosen for this capture, or null. */
	public Path keyLogFile() {
		return keyLogFile;
	}

	/** Secrets known: from the key-log file plus those embedded in the pcapng so far. */
	public int keyLogEntries() {
		synchronized (keyLog) {
			return keyLog.size();
		}
	}

	DissectorRegistry registry() {
		return registry;
	}

	KeyLog keyLog() {
		return keyLog;
	}

	PacketIndex index() {
		return index;
	}

	Map<Integer, Connection> connectionTable() {
		return connections;
	}

	/** The frames of a UDP flow (replayed like a connection; not listed with the connections). */
	Connection udpFlow(int id) {
		return udpFlows.computeIfAbsent(id, i -> new Connection(i, "", ""));
	}

	void pinFirstPage(PacketSummary row) {
		firstPage[row.number() - 1] = row;
	}

	/**
	 * Reads the whole capture once, building the index; {@code onProgress} runs now and then on the
	 * indexing thread so that the list can grow. Throws {@code OperationCanceledException} when
	 * cancelled (the partial index stays usable).
	 */
	public void buildIndex(IProgressMonitor monitor, Runnable onProgress) throws IOException {
		long size = Files.size(capture);
		CaptureReader reader = CaptureFiles.open(capture);
		boolean handedOver = false;
		try {
			CaptureReader locked = new SecretsLockingReader(reader, keyLog);
			new CaptureIndexer(this).run(locked, size, onProgress, monitor);
			connections.values().forEach(Connection::trim);
			udpFlows.values().forEach(Connection::trim);
			index.markComplete();
			random.adoptScanned(reader);
			handedOver = true;
		} finally {
			if (!handedOver) {
				reader.close();
			}
		}
	}

	public int packetCount() {
		return index.count();
	}

	public boolean indexComplete() {
		return index.complete();
	}

	/** The row of a frame if it is in memory, else null (then {@link #fetchRows} decodes it). */
	public PacketSummary cachedRow(int frameNumber) {
		if (frameNumber <= firstPage.length) {
			PacketSummary pinned = firstPage[frameNumber - 1];
			if (pinned != null) {
				return pinned;
			}
		}
		return cache.get(frameNumber);
	}

	/** Decodes the rows of these frames (and neighbours met on the way) into the cache. */
	public void fetchRows(int[] frameNumbers) throws IOException {
		Map<Integer, List<Integer>> byConnection = new TreeMap<>();
		for (int frame : frameNumbers) {
			if (frame < 1 || frame > index.count() || cachedRowQuietly(frame)) {
				continue;
			}
			byConnection.computeIfAbsent(index.connection(frame), c -> new ArrayList<>()).add(frame);
		}
		long first = index.firstTimestampNanos();
		for (Map.Entry<Integer, List<Integer>> group : byConnection.entrySet()) {
			List<Integer> frames = group.getValue();
			if (group.getKey() < 0) {
				for (int frame : frames) {
					cache.put(decode(frame).summary(first));
				}
				continue;
			}
			int lowest = frames.stream().mapToInt(Integer::intValue).min().orElse(0);
			int highest = frames.stream().mapToInt(Integer::intValue).max().orElse(0);
			replay(group.getKey(), highest, f -> f.number() >= lowest - LOOK_BEHIND,
					f -> cache.put(f.summary(first)));
		}
	}

	private boolean cachedRowQuietly(int frame) {
		return (frame <= firstPage.length && firstPage[frame - 1] != null) || cache.contains(frame);
	}

	/** Decodes one frame with everything its connection carried before it. */
	public DecodedFrame decode(int frameNumber) throws IOException {
		int connection = index.connection(frameNumber);
		if (connection < 0) {
			synchronized (keyLog) {
				return new PacketDecoder(registry, keyLog).decode(random.readAt(index.fileOffset(frameNumber)),
						frameNumber);
			}
		}
		DecodedFrame[] last = new DecodedFrame[1];
		replay(connection, frameNumber, f -> f.number() == frameNumber, f -> last[0] = f);
		return last[0];
	}

	private void replay(int connectionId, int upTo, java.util.function.Predicate<DecodedFrame> keep,
			java.util.function.Consumer<DecodedFrame> sink) throws IOException {
		Connection connection = connectionId >= UDP_FLOWS ? udpFlows.get(connectionId) : connections.get(connectionId);
		if (connection == null) {
			return;
		}
		synchronized (keyLog) {
			PacketDecoder decoder = new PacketDecoder(registry, keyLog);
			for (int frame : connection.framesUpTo(upTo)) {
				DecodedFrame decoded = decoder.decode(random.readAt(index.fileOffset(frame)), frame);
				if (keep.test(decoded)) {
					sink.accept(decoded);
				}
			}
		}
	}

	/** The TLS messages of a decoded frame with their direction in its connection. */
	public List<FlowMessage> messagesOf(DecodedFrame frame) {
		Connection connection = connectionOf(frame.number());
		return connection == null || !frame.carriesTls() ? List.of() : FlowMessages.of(frame, connection.client());
	}

	/** Connections in capture order. */
	public List<Connection> connections() {
		return new ArrayList<>(connections.values());
	}

	public Connection connection(int id) {
		return connections.get(id);
	}

	/** The connection of a frame, or null. */
	public Connection connectionOf(int frameNumber) {
		int id = index.connection(frameNumber);
		return id < 0 || id >= UDP_FLOWS ? null : connections.get(id);
	}

	/**
	 * Bytes of the per-packet index: offsets, time stamps and connection per packet, plus each
	 * connection's frame list. Ladder arrows and connection endpoints are not per packet.
	 */
	public long indexBytes() {
		long bytes = index.bytes();
		for (Connection c : connections.values()) {
			bytes += c.frameListBytes();
		}
		for (Connection c : udpFlows.values()) {
			bytes += c.frameListBytes();
		}
		return bytes;
	}

	/** Rows held in memory beyond the first page: bounded by {@link #CACHE_ROWS}. */
	public int cachedRows() {
		return cache.size();
	}

	/** Rows ever pinned while indexing (at most the first page). */
	public int pinnedRows() {
		int n = 0;
		for (PacketSummary row : firstPage) {
			n += row == null ? 0 : 1;
		}
		return n;
	}

	@Override
	public void close() throws IOException {
		random.close();
	}
}
