package io.trustbench.decoder.ui.tests;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a large classic pcap of many short TLS connections, fast enough for a UI test (a
 * million packets in about a second): each connection is {@link #PACKETS_PER_CONNECTION}
 * frames — TCP handshake, ClientHello, ServerHello, an application-data record each way, the
 * client's FIN and its ACK, and a close_notify alert from the server that carries the server's FIN,
 * so the core closes every connection and the capture's last frame carries TLS. Sequence numbers are consistent, so nothing is a
 * retransmission.
 */
public final class TlsConnectionsCapture {

	public static final int PACKETS_PER_CONNECTION = 10;

	private static final int SYN = 0x02;
	private static final int FIN = 0x01;
	private static final int PSH = 0x08;
	private static final int ACK = 0x10;
	private static final byte[] CLIENT_HELLO = hello(1, new byte[] { 0x00, 0x02, (byte) 0xc0, 0x2f, 0x01, 0x00 });
	private static final byte[] SERVER_HELLO = hello(2, new byte[] { (byte) 0xc0, 0x2f, 0x00 });
	private static final byte[] APPLICATION_DATA = record(23, new byte[24]);
	private static final byte[] CLOSE_NOTIFY = record(21, new byte[] { 1, 0 });

	private final ByteBuffer frame = ByteBuffer.allocate(16 + 54 + 128).order(ByteOrder.BIG_ENDIAN);
	private final OutputStream out;
	private long micros = 1_700_000_000_000_000L;

	private TlsConnectionsCapture(OutputStream out) {
		this.out = out;
	}

	/** Writes {@code packets} frames (a multiple of {@link #PACKETS_PER_CONNECTION}). */
	public static Path write(Path file, int packets) throws IOException {
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
			ByteBuffer header = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
			header.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65535).putInt(1);
			out.write(header.array());
			TlsConnectionsCapture writer = new TlsConnectionsCapture(out);
			for (int c = 0; c < packets / PACKETS_PER_CONNECTION; c++) {
				writer.connection(c);
			}
		}
		return file;
	}

	private void connection(int id) throws IOException {
		Endpoint client = new Endpoint(new byte[] { 10, (byte) (id >> 16), (byte) (id >> 8), (byte) id }, 40000 + id % 20000, 1000);
		Endpoint server = new Endpoint(new byte[] { 10, (byte) 255, 0, 1 }, 443, 9000);
		segment(client, server, SYN, new byte[0]);
		segment(server, client, SYN | ACK, new byte[0]);
		segment(client, server, ACK, new byte[0]);
		segment(client, server, PSH | ACK, CLIENT_HELLO);
		segment(server, client, PSH | ACK, SERVER_HELLO);
		segment(client, server, PSH | ACK, APPLICATION_DATA);
		segment(server, client, PSH | ACK, APPLICATION_DATA);
		segment(client, server, FIN | ACK, new byte[0]);
		segment(server, client, ACK, new byte[0]);
		segment(server, client, FIN | PSH | ACK, CLOSE_NOTIFY);
	}

	/** One side of a connection and the next sequence number it sends. */
	private static final class Endpoint {
		final byte[] address;
		final int port;
		int sequence;
		int acknowledged;

		Endpoint(byte[] address, int port, int sequence) {
			this.address = address;
			this.port = port;
			this.sequence = sequence;
		}
	}

	private void segment(Endpoint from, Endpoint to, int flags, byte[] payload) throws IOException {
		int length = 54 + payload.length;
		frame.clear().order(ByteOrder.LITTLE_ENDIAN);
		frame.putInt((int) (micros / 1_000_000)).putInt((int) (micros % 1_000_000)).putInt(length).putInt(length);
		micros += 10;
		frame.order(ByteOrder.BIG_ENDIAN);
		frame.put(new byte[] { 2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1 }).putShort((short) 0x0800);
		frame.put((byte) 0x45).put((byte) 0).putShort((short) (40 + payload.length)).putShort((short) 0)
				.putShort((short) 0x4000).put((byte) 64).put((byte) 6).putShort((short) 0);
		frame.put(from.address).put(to.address);
		frame.putShort((short) from.port).putShort((short) to.port);
		frame.putInt(from.sequence).putInt((flags & ACK) != 0 ? from.acknowledged : 0);
		frame.putShort((short) (0x5000 | flags)).putShort((short) 65535).putShort((short) 0).putShort((short) 0);
		frame.put(payload);
		out.write(frame.array(), 0, frame.position());
		// SYN and FIN take one sequence number each
		int consumed = payload.length + ((flags & (SYN | FIN)) != 0 ? 1 : 0);
		from.sequence += consumed;
		to.acknowledged = from.sequence;
	}

	/** A hello: version 1.2, a fixed random, empty session id, then {@code rest} (suites…). */
	private static byte[] hello(int type, byte[] rest) {
		ByteBuffer body = ByteBuffer.allocate(2 + 32 + 1 + rest.length);
		body.putShort((short) 0x0303);
		for (int i = 0; i < 32; i++) {
			body.put((byte) (0x60 + i));
		}
		body.put((byte) 0).put(rest);
		ByteBuffer message = ByteBuffer.allocate(4 + body.capacity());
		message.putInt((type << 24) | body.capacity()).put(body.array());
		return record(22, message.array());
	}

	private static byte[] record(int type, byte[] content) {
		ByteBuffer r = ByteBuffer.allocate(5 + content.length);
		r.put((byte) type).putShort((short) 0x0303).putShort((short) content.length).put(content);
		return r.array();
	}
}
