package io.trustbench.decoder;

import io.trustbench.decoder.capture.RawPacket;
import io.trustbench.decoder.net.IpPacket;
import io.trustbench.decoder.net.LinkLayers;
import io.trustbench.decoder.tcp.TcpConnections;
import io.trustbench.decoder.tcp.TcpDissector;
import io.trustbench.decoder.tls.TlsStreamProtocol;
import io.trustbench.decoder.tls.crypto.KeyLog;

/**
 * Decodes packets in capture order, keeping the state that spans packets (TCP reassembly, TLS
 * sessions and keys). One instance per pass over a capture; not thread-safe. Never throws for bad
 * packet data: what cannot be decoded becomes a malformed field.
 */
public final class PacketDecoder {

	private final DissectorContext context;
	private final DecodeStatistics statistics = new DecodeStatistics();
	private final TcpConnections connections;
	private final KeyLog keyLog;
	private final boolean keepFields;
	private int number;

	/** A decoder that treats TCP like tshark does by default (see {@link #PacketDecoder(DissectorRegistry, KeyLog, boolean)}). */
	public PacketDecoder(DissectorRegistry registry, KeyLog keyLog) {
		this(registry, keyLog, false);
	}

	/**
	 * @param bufferOutOfOrder true to hold TCP segments that arrive early until the hole before
	 *                         them fills (full reassembly); false to behave like tshark's default,
	 *                         which gives up on holes at once
	 */
	public PacketDecoder(DissectorRegistry registry, KeyLog keyLog, boolean bufferOutOfOrder) {
		this(registry, keyLog, bufferOutOfOrder, true);
	}

	/**
	 * @param keepFields false for a pass that only counts: the same dissectors run, but into
	 *                   {@link Field#DISCARD}, so frames come back without field trees and the
	 *                   statistics are the same as with trees
	 */
	public PacketDecoder(DissectorRegistry registry, KeyLog keyLog, boolean bufferOutOfOrder, boolean keepFields) {
		this.keepFields = keepFields;
		this.connections = new TcpConnections(bufferOutOfOrder);
		this.keyLog = keyLog == null ? new KeyLog() : keyLog;
		this.context = new DissectorContext(registry);
		connections.addProtocol(new TlsStreamProtocol(this.keyLog));
		context.put(DecodeStatistics.class, statistics);
		context.put(TcpConnections.class, connections);
	}

	/** The key log in use; pcapng secrets blocks add to it while the capture is read. */
	public KeyLog keyLog() {
		return keyLog;
	}

	public DecodeStatistics statistics() {
		return statistics;
	}

	/** Open TCP connections right now (the decoder's memory is proportional to this). */
	public int openConnections() {
		return connections.openConnections();
	}

	/** Decodes the next packet; frame numbers count from 1 like tshark's. */
	public DecodedFrame decode(RawPacket packet) {
		return decode(packet, ++number);
	}

	/** Decodes a packet under a given frame number (used when replaying one connection). */
	public DecodedFrame decode(RawPacket packet, int frameNumber) {
		number = frameNumber;
		byte[] data = packet.data();
		DecodedFrame frame = new DecodedFrame(frameNumber, packet.timestampNanos(), packet.originalLength(), data);
		statistics.frames++;
		statistics.bytes += data.length;
		context.setFrame(frame);
		context.put(IpPacket.class, null);
		context.put(TcpDissector.CurrentConnection.class, null);
		if (!keepFields) {
			frame.discardFields();
		}
		Field layers = keepFields ? new Field("", "", null, frame.frameSource(), 0, data.length) : Field.DISCARD;
		try {
			ByteReader in = new ByteReader(frame.frameSource(), 0, data.length);
			if (!context.dispatch(LinkLayers.LINKTYPE, packet.linkType(), in, layers)) {
				frame.setProtocol("Unknown");
				frame.setInfo("Link type " + packet.linkType() + " is not supported");
			}
		} catch (RuntimeException | StackOverflowError e) {
			// a decoder bug must not stop the capture: record it like malformed data
			context.malformed(layers, frame.frameSource(), 0, "internal error: " + e);
		}
		if (keepFields) {
			java.util.List<Field> lower = new java.util.ArrayList<>(layers.children().size() + 1);
			lower.add(frameTree(packet, frame));
			lower.addAll(layers.children());
			frame.insertRoots(0, lower);
		}
		if (frame.malformed()) {
			statistics.malformed++;
		}
		return frame;
	}

	private static Field frameTree(RawPacket packet, DecodedFrame frame) {
		int frameNumber = frame.number();
		int captured = packet.data().length;
		Field root = new Field("frame", () -> "Frame " + frameNumber + ": " + packet.originalLength()
				+ " bytes on wire, " + captured + " bytes captured", (String) null, frame.frameSource(), 0, captured);
		root.add(new Field("frame.number", "Frame Number: " + frameNumber, Integer.toString(frameNumber),
				frame.frameSource(), 0, 0));
		root.add(new Field("frame.len", "Frame Length: " + packet.originalLength(),
				Integer.toString(packet.originalLength()), frame.frameSource(), 0, 0));
		return root;
	}

	/** The TCP connection of the frame just decoded, or -1. */
	public int lastConnection() {
		TcpDissector.CurrentConnection c = context.get(TcpDissector.CurrentConnection.class);
		return c == null ? -1 : c.id();
	}
}
