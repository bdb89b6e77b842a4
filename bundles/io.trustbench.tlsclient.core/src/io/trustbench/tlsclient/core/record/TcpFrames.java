package io.trustbench.tlsclient.core.record;

import java.io.ByteArrayOutputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * Synthesizes the Ethernet II / IPv4 / TCP frames of a captured connection: 3-way handshake,
 * data segments of at most one MSS with correct sequence and acknowledgement numbers, an ACK
 * from the peer after each burst, then FIN/ACK both ways. IPv4 and TCP checksums are computed,
 * so tshark shows no errors and reassembles TLS records across segments.
 */
public final class TcpFrames {

	/** One frame and its capture time in epoch microseconds. */
	public record Frame(long timeMicros, byte[] bytes) {
	}

	static final int MSS = 1460;
	private static final int SYN = 0x02;
	private static final int ACK = 0x10;
	private static final int PSH = 0x08;
	private static final int FIN = 0x01;
	private static final byte[] CLIENT_MAC = { 0x02, 0x00, 0x00, 0x00, 0x00, 0x01 };
	private static final byte[] SERVER_MAC = { 0x02, 0x00, 0x00, 0x00, 0x00, 0x02 };

	private final Endpoint client;
	private final Endpoint server;
	private final List<Frame> frames = new ArrayList<>();
	private long lastTime;

	/** One side's address, port, next sequence number and IP id counter. */
	private static final class Endpoint {
		final byte[] ip;
		final byte[] mac;
		final int port;
		long seq;
		int ipId;

		Endpoint(byte[] ip, byte[] mac, int port, long isn, int ipId) {
			this.ip = ip;
			this.mac = mac;
			this.port = port;
			this.seq = isn;
			this.ipId = ipId;
		}
	}

	private TcpFrames(InetSocketAddress clientAddress, InetSocketAddress serverAddress) {
		int clientPort = clientAddress == null || clientAddress.getPort() == 0 ? 50000 : clientAddress.getPort();
		int serverPort = serverAddress.getPort();
		// Initial sequence numbers derived from the ports: reproducible recordings, still distinct per connection.
		client = new Endpoint(ipv4(clientAddress, new byte[] { 10, 0, 0, 1 }), CLIENT_MAC, clientPort,
				(clientPort * 2654435761L) & 0xFFFFFFFFL, 0x1000);
		server = new Endpoint(ipv4(serverAddress, new byte[] { 10, 0, 0, 2 }), SERVER_MAC, serverPort,
				(serverPort * 40503L + 0x5EED) & 0xFFFFFFFFL, 0x2000);
	}

	/** All frames of the captured connection, in time order. */
	public static List<Frame> of(TrafficCapture capture) {
		TcpFrames t = new TcpFrames(capture.client(), capture.server());
		long start = capture.openedMicros();
		t.lastTime = start - 3;
		t.segment(t.client, t.server, SYN, new byte[0], start - 3, false);
		t.segment(t.server, t.client, SYN | ACK, new byte[0], start - 2, false);
		t.segment(t.client, t.server, ACK, new byte[0], start - 1, false);
		List<TrafficCapture.Chunk> chunks = capture.chunks();
		for (int i = 0; i < chunks.size(); i++) {
			TrafficCapture.Chunk c = chunks.get(i);
			Endpoint from = c.fromClient() ? t.client : t.server;
			Endpoint to = c.fromClient() ? t.server : t.client;
			byte[] data = c.data();
			for (int off = 0; off < data.length; off += MSS) {
				int n = Math.min(MSS, data.length - off);
				byte[] part = java.util.Arrays.copyOfRange(data, off, off + n);
				t.segment(from, to, ACK | (off + n == data.length ? PSH : 0), part, c.timeMicros(), true);
			}
			boolean directionChanges = i + 1 == chunks.size() || chunks.get(i + 1).fromClient() != c.fromClient();
			if (directionChanges) {
				t.segment(to, from, ACK, new byte[0], c.timeMicros() + 1, false);
			}
		}
		long end = capture.closedMicros() > 0 ? capture.closedMicros() : t.lastTime + 1;
		t.segment(t.client, t.server, FIN | ACK, new byte[0], end, false);
		t.segment(t.server, t.client, FIN | ACK, new byte[0], end + 1, false);
		t.segment(t.client, t.server, ACK, new byte[0], end + 2, false);
		return List.copyOf(t.frames);
	}

	private void segment(Endpoint from, Endpoint to, int flags, byte[] payload, long time, boolean data) {
		long seq = from.seq;
		long ack = (flags & ACK) != 0 ? to.seq : 0;
		byte[] tcp = tcpSegment(from, to, seq, ack, flags, payload);
		byte[] ip = ipv4Packet(from, to, tcp);
		ByteArrayOutputStream frame = new ByteArrayOutputStream(14 + ip.length);
		frame.writeBytes(to.mac);
		frame.writeBytes(from.mac);
		frame.write(0x08);
		frame.write(0x00);
		frame.writeBytes(ip);
		lastTime = Math.max(lastTime, time);
		frames.add(new Frame(lastTime, frame.toByteArray()));
		long advance = payload.length + ((flags & (SYN | FIN)) != 0 ? 1 : 0);
		from.seq = (from.seq + advance) & 0xFFFFFFFFL;
		assert data || payload.length == 0;
	}

	private static byte[] tcpSegment(Endpoint from, Endpoint to, long seq, long ack, int flags, byte[] payload) {
		byte[] s = new byte[20 + payload.length];
		put16(s, 0, from.port);
		put16(s, 2, to.port);
		put32(s, 4, seq);
		put32(s, 8, ack);
		s[12] = 0x50;
		s[13] = (byte) flags;
		put16(s, 14, 65535);
		System.arraycopy(payload, 0, s, 20, payload.length);
		byte[] pseudo = new byte[12 + s.length];
		System.arraycopy(from.ip, 0, pseudo, 0, 4);
		System.arraycopy(to.ip, 0, pseudo, 4, 4);
		pseudo[9] = 6;
		put16(pseudo, 10, s.length);
		System.arraycopy(s, 0, pseudo, 12, s.length);
		put16(s, 16, checksum(pseudo));
		return s;
	}

	private static byte[] ipv4Packet(Endpoint from, Endpoint to, byte[] tcp) {
		byte[] p = new byte[20 + tcp.length];
		p[0] = 0x45;
		put16(p, 2, p.length);
		put16(p, 4, from.ipId++ & 0xFFFF);
		p[6] = 0x40;
		p[8] = 64;
		p[9] = 6;
		System.arraycopy(from.ip, 0, p, 12, 4);
		System.arraycopy(to.ip, 0, p, 16, 4);
		put16(p, 10, checksum(java.util.Arrays.copyOf(p, 20)));
		System.arraycopy(tcp, 0, p, 20, tcp.length);
		return p;
	}

	/** RFC 1071 ones'-complement sum. */
	static int checksum(byte[] data) {
		long sum = 0;
		for (int i = 0; i + 1 < data.length; i += 2) {
			sum += ((data[i] & 0xFF) << 8) | (data[i + 1] & 0xFF);
		}
		if (data.length % 2 != 0) {
			sum += (data[data.length - 1] & 0xFF) << 8;
		}
		while ((sum >> 16) != 0) {
			sum = (sum & 0xFFFF) + (sum >> 16);
		}
		return (int) (~sum & 0xFFFF);
	}

	private static byte[] ipv4(InetSocketAddress address, byte[] fallback) {
		InetAddress a = address == null ? null : address.getAddress();
		if (a instanceof Inet4Address) {
			return a.getAddress();
		}
		if (a != null && a.isLoopbackAddress()) {
			return new byte[] { 127, 0, 0, 1 };
		}
		try {
			// IPv6 peers are recorded on stand-in IPv4 addresses; ports and payload stay true.
			return InetAddress.getByAddress(fallback).getAddress();
		} catch (UnknownHostException e) {
			return fallback;
		}
	}

	private static void put16(byte[] b, int at, int v) {
		b[at] = (byte) (v >> 8);
		b[at + 1] = (byte) v;
	}

	private static void put32(byte[] b, int at, long v) {
		b[at] = (byte) (v >> 24);
		b[at + 1] = (byte) (v >> 16);
		b[at + 2] = (byte) (v >> 8);
		b[at + 3] = (byte) v;
	}
}
