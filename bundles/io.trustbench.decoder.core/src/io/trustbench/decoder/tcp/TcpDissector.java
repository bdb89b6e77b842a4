package io.trustbench.decoder.tcp;

import io.trustbench.decoder.ByteReader;
import io.trustbench.decoder.DecodeStatistics;
import io.trustbench.decoder.Dissector;
import io.trustbench.decoder.DissectorContext;
import io.trustbench.decoder.Field;
import io.trustbench.decoder.MalformedException;
import io.trustbench.decoder.ValueFormat;
import io.trustbench.decoder.net.IpPacket;

/** TCP header fields, then the payload into the connection's reassembling stream. */
public final class TcpDissector implements Dissector {

	private static final int FIN = 0x01;
	private static final int SYN = 0x02;
	private static final int RST = 0x04;
	private static final int ACK = 0x10;
	private static final String[] FLAG_NAMES = { "FIN", "SYN", "RST", "PSH", "ACK", "URG", "ECE", "CWR" };

	/** The connection of the frame being decoded, for the packet index. */
	public record CurrentConnection(int id) {
	}

	@Override
	public void dissect(DissectorContext context, ByteReader in, Field tree) {
		int start = in.position();
		IpPacket ip = context.get(IpPacket.class);
		Field tcp = in.subtree(tree, "tcp", "Transmission Control Protocol", in.remaining());
		int sourcePort = in.uint(tcp, 2, "tcp.srcport", "Source Port", ValueFormat.DEC);
		int destinationPort = in.uint(tcp, 2, "tcp.dstport", "Destination Port", ValueFormat.DEC);
		int seq = (int) in.u32();
		int ack = (int) in.u32();
		int offsetFlags = in.u16();
		int headerLength = (offsetFlags >> 12) * 4;
		int flags = offsetFlags & 0xff;
		if (!tcp.discards()) {
			tcp.add(new Field("tcp.seq_raw", () -> "Sequence Number (raw): " + Integer.toUnsignedString(seq),
					() -> Integer.toUnsignedString(seq), in.source(), start + 4, 4));
			tcp.add(new Field("tcp.ack_raw", () -> "Acknowledgment number (raw): " + Integer.toUnsignedString(ack),
					() -> Integer.toUnsignedString(ack), in.source(), start + 8, 4));
			tcp.add(new Field("tcp.hdr_len", "Header Length: " + headerLength + " bytes", Integer.toString(headerLength),
					in.source(), start + 12, 1));
			tcp.add(Field.number("tcp.flags", () -> "Flags: " + ValueFormat.hex(offsetFlags & 0xfff, 2).replace("0x0", "0x")
					+ " (" + flagText(flags) + ")", offsetFlags & 0xfff, 2, ValueFormat.HEX, in.source(), start + 12, 2));
		}
		int window = in.uint(tcp, 2, "tcp.window_size_value", "Window", ValueFormat.DEC);
		in.uint(tcp, 2, "tcp.checksum", "Checksum", ValueFormat.HEX);
		in.uint(tcp, 2, "tcp.urgent_pointer", "Urgent Pointer", ValueFormat.DEC);
		if (headerLength < 20) {
			throw new MalformedException("TCP header length " + headerLength + " is below 20", start + 12);
		}
		in.skip(Math.min(in.remaining(), headerLength - 20));
		if (headerLength - 20 > in.remaining() + (headerLength - 20)) {
			throw new MalformedException("TCP options run past the packet", in.position());
		}
		int payloadOffset = in.position();
		int payloadLength = in.remaining();
		if (!tcp.discards()) {
			tcp.add(new Field("tcp.len", "TCP Segment Len: " + payloadLength, Integer.toString(payloadLength), in.source(),
					start, 0));
		}
		DecodeStatistics stats = context.get(DecodeStatistics.class);
		stats.tcpSegments++;
		context.frame().setProtocol("TCP");
		context.frame().setInfo(() -> sourcePort + " → " + destinationPort + " [" + flagText(flags) + "] Seq="
				+ Integer.toUnsignedString(seq) + " Win=" + window + " Len="
				+ payloadLength);
		TcpConnections table = context.get(TcpConnections.class);
		if (ip == null || table == null) {
			return;
		}
		boolean syn = (flags & SYN) != 0;
		TcpConnection connection = table.lookup(ip, sourcePort, destinationPort, syn && (flags & ACK) == 0,
				syn || payloadLength > 0, syn && (flags & ACK) != 0);
		if (connection == null) {
			return;
		}
		if (connection.id() + 1 > stats.tcpConnections) {
			stats.tcpConnections = connection.id() + 1;
		}
		context.put(CurrentConnection.class, new CurrentConnection(connection.id()));
		if (!tcp.discards()) {
			tcp.add(new Field("tcp.stream", "Stream index: " + connection.id(), Integer.toString(connection.id()),
					in.source(), start, 0));
		}
		boolean fromClient = java.util.Arrays.equals(ip.source(), connection.clientAddressBytes())
				&& sourcePort == connection.clientPort();
		TcpStream stream = fromClient ? connection.fromClient : connection.fromServer;
		if (syn) {
			stream.syn(seq);
		}
		if (payloadLength == 0) {
			stream.segment(context, seq, in.source(), payloadOffset, 0);
		} else {
			TcpStream.Outcome outcome = stream.segment(context, seq, in.source(), payloadOffset, payloadLength);
			if (outcome == TcpStream.Outcome.RETRANSMISSION) {
				tcp.add(new Field("tcp.analysis.retransmission", "[This frame is a (suspected) retransmission]", null,
						in.source(), payloadOffset, payloadLength));
			} else if (outcome == TcpStream.Outcome.HELD_OUT_OF_ORDER) {
				tcp.add(new Field("tcp.analysis.out_of_order", "[This frame is a (suspected) out-of-order segment]",
						null, in.source(), payloadOffset, payloadLength));
			} else if (outcome == TcpStream.Outcome.OVERLAP) {
				tcp.add(new Field("tcp.analysis.overlap", "[Segment overlaps data already seen; new bytes only]", null,
						in.source(), payloadOffset, payloadLength));
			}
		}
		if ((flags & FIN) != 0) {
			stream.fin();
		}
		if ((flags & RST) != 0) {
			connection.resets++;
		}
		table.closeIfDone(context, connection);
	}

	static String flagText(int flags) {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < FLAG_NAMES.length; i++) {
			if ((flags & (1 << i)) != 0) {
				if (sb.length() > 0) {
					sb.append(", ");
				}
				sb.append(FLAG_NAMES[i]);
			}
		}
		return sb.toString();
	}
}
