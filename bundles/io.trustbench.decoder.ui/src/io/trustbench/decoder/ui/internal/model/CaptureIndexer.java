package io.trustbench.decoder.ui.internal.model;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import io.trustbench.decoder.DecodedFrame;
import io.trustbench.decoder.PacketDecoder;
import io.trustbench.decoder.PacketSummary;
import io.trustbench.decoder.capture.CaptureReader;
import io.trustbench.decoder.capture.RawPacket;

/**
 * One pass over the capture: decodes every packet once (TCP and TLS need the packets in order)
 * and keeps only the index, each connection's endpoints, frames and TLS messages, and the rows
 * of the first page. Progress is reported by file position; cancelling leaves a usable partial
 * index.
 */
final class CaptureIndexer {

	/** Rows decoded while indexing that stay in memory, so the list shows at once. */
	static final int FIRST_PAGE = 1000;
	private static final int NOTIFY_EVERY = 4096;

	private final CaptureModel model;
	private final Map<String, Integer> udpFlows = new HashMap<>();

	CaptureIndexer(CaptureModel model) {
		this.model = model;
	}

	void run(CaptureReader reader, long fileSize, Runnable onProgress, IProgressMonitor monitor) throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, 1000);
		PacketDecoder decoder = new PacketDecoder(model.registry(), model.keyLog());
		PacketIndex index = model.index();
		Map<Integer, Connection> connections = model.connectionTable();
		long reported = 0;
		long firstTimestamp = Long.MIN_VALUE;
		RawPacket packet;
		while ((packet = reader.next()) != null) {
			DecodedFrame frame = decoder.decode(packet);
			if (firstTimestamp == Long.MIN_VALUE) {
				firstTimestamp = packet.timestampNanos();
			}
			int connectionId = decoder.lastConnection();
			PacketSummary summary = frame.summary(firstTimestamp);
			if (connectionId < 0) {
				connectionId = udpFlow(frame, summary);
			}
			index.add(packet.fileOffset(), packet.timestampNanos(), connectionId);
			if (frame.number() <= FIRST_PAGE) {
				model.pinFirstPage(summary);
			}
			if (connectionId >= CaptureModel.UDP_FLOWS) {
				model.udpFlow(connectionId).addFrame(frame.number());
			} else if (connectionId >= 0) {
				Connection connection = connections.computeIfAbsent(connectionId, id -> open(id, frame, summary));
				connection.addFrame(frame.number());
				if (frame.carriesTls()) {
					connection.addMessages(FlowMessages.of(frame, connection.client()));
				}
			}
			if (frame.number() % NOTIFY_EVERY == 0) {
				onProgress.run();
				long done = fileSize <= 0 ? 0 : packet.fileOffset() * 1000 / fileSize;
				if (done > reported) {
					progress.worked((int) (done - reported));
					reported = done;
				}
				if (progress.isCanceled()) {
					throw new OperationCanceledException();
				}
			}
		}
		onProgress.run();
	}

	/**
	 * Numbers UDP flows (by their address and port pair) like TCP connections, from
	 * {@link CaptureModel#UDP_FLOWS}: QUIC keeps state across the datagrams of a flow, so a frame
	 * is replayed with its flow too. -1 for frames that are neither TCP nor UDP.
	 */
	private int udpFlow(DecodedFrame frame, PacketSummary summary) {
		List<String> sourcePort = frame.values("udp.srcport");
		List<String> destinationPort = frame.values("udp.dstport");
		if (sourcePort.isEmpty() || destinationPort.isEmpty()) {
			return -1;
		}
		String a = summary.source() + ":" + sourcePort.get(0);
		String b = summary.destination() + ":" + destinationPort.get(0);
		String key = a.compareTo(b) <= 0 ? a + " " + b : b + " " + a;
		Integer id = udpFlows.get(key);
		if (id == null) {
			id = CaptureModel.UDP_FLOWS + udpFlows.size();
			udpFlows.put(key, id);
		}
		return id;
	}

	private static Connection open(int id, DecodedFrame first, PacketSummary summary) {
		String source = Endpoints.source(first, summary);
		String destination = Endpoints.destination(first, summary);
		// a SYN+ACK first means the capture missed the SYN: its receiver is the client
		return Endpoints.isSynAck(first) ? new Connection(id, destination, source) : new Connection(id, source, destination);
	}
}
