package io.trustbench.decoder.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes test captures in the formats the readers must accept (tshark reads them as the oracle). */
final class CaptureWriter {

	/** A packet to write: time stamp in ns, interface (pcapng) and bytes. */
	record Packet(long timestampNanos, int interfaceId, byte[] data) {
	}

	private CaptureWriter() {
	}

	static void pcap(Path file, ByteOrder order, boolean nanos, int linkType, List<Packet> packets) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteBuffer header = ByteBuffer.allocate(24).order(order);
		header.putInt(nanos ? 0xa1b23c4d : 0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0)
				.putInt(262144).putInt(linkType);
		out.write(header.array());
		for (Packet p : packets) {
			ByteBuffer record = ByteBuffer.allocate(16).order(order);
			long seconds = p.timestampNanos() / 1_000_000_000L;
			long fraction = p.timestampNanos() % 1_000_000_000L;
			record.putInt((int) seconds).putInt((int) (nanos ? fraction : fraction / 1000)).putInt(p.data().length)
					.putInt(p.data().length);
			out.write(record.array());
			out.write(p.data());
		}
		Files.write(file, out.toByteArray());
	}

	/**
	 * pcapng with one IDB per link type (interface i gets {@code linkTypes[i]} and time stamps in
	 * microseconds for even, nanoseconds for odd interfaces); {@code simple} writes SPBs instead.
	 */
	static void pcapng(Path file, ByteOrder order, int[] linkTypes, List<Packet> packets, boolean simple,
			String keyLog) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteBuffer shb = ByteBuffer.allocate(28).order(order);
		shb.putInt(0x0A0D0D0A).putInt(28).putInt(0x1A2B3C4D).putShort((short) 1).putShort((short) 0).putLong(-1).putInt(28);
		out.write(shb.array());
		for (int i = 0; i < linkTypes.length; i++) {
			boolean nanos = i % 2 == 1;
			int length = 20 + (nanos ? 12 : 0);
			ByteBuffer idb = ByteBuffer.allocate(length).order(order);
			idb.putInt(1).putInt(length).putShort((short) linkTypes[i]).putShort((short) 0).putInt(0);
			if (nanos) {
				idb.putShort((short) 9).putShort((short) 1).put((byte) 9).put(new byte[3]).putInt(0);
			}
			idb.putInt(length);
			out.write(idb.array());
		}
		if (keyLog != null) {
			byte[] secrets = keyLog.getBytes(java.nio.charset.StandardCharsets.UTF_8);
			int padded = (secrets.length + 3) & ~3;
			int length = 20 + padded;
			ByteBuffer dsb = ByteBuffer.allocate(length).order(order);
			dsb.putInt(0x0A).putInt(length).putInt(0x544c534b).putInt(secrets.length).put(secrets)
					.put(new byte[padded - secrets.length]).putInt(length);
			out.write(dsb.array());
		}
		for (Packet p : packets) {
			int padded = (p.data().length + 3) & ~3;
			if (simple) {
				int length = 16 + padded;
				ByteBuffer spb = ByteBuffer.allocate(length).order(order);
				spb.putInt(3).putInt(length).putInt(p.data().length).put(p.data()).put(new byte[padded - p.data().length])
						.putInt(length);
				out.write(spb.array());
				continue;
			}
			boolean nanos = p.interfaceId() % 2 == 1;
			long units = nanos ? p.timestampNanos() : p.timestampNanos() / 1000;
			int length = 32 + padded;
			ByteBuffer epb = ByteBuffer.allocate(length).order(order);
			epb.putInt(6).putInt(length).putInt(p.interfaceId()).putInt((int) (units >>> 32)).putInt((int) units)
					.putInt(p.data().length).putInt(p.data().length).put(p.data()).put(new byte[padded - p.data().length])
					.putInt(length);
			out.write(epb.array());
		}
		Files.write(file, out.toByteArray());
	}

	/** Link-layer headers around an IP packet. */
	static byte[] wrap(int linkType, byte[] ip) {
		boolean v6 = (ip[0] >> 4) == 6;
		int ethertype = v6 ? 0x86dd : 0x0800;
		ByteBuffer b;
		switch (linkType) {
		case 1 -> {
			b = ByteBuffer.allocate(14 + ip.length);
			b.put(new byte[] { 2, 0, 0, 0, 0, 1, 2, 0, 0, 0, 0, 2 }).putShort((short) ethertype);
		}
		case 113 -> {
			b = ByteBuffer.allocate(16 + ip.length);
			b.putShort((short) 0).putShort((short) 772).putShort((short) 6).put(new byte[8]).putShort((short) ethertype);
		}
		case 276 -> {
			b = ByteBuffer.allocate(20 + ip.length);
			b.putShort((short) ethertype).putShort((short) 0).putInt(1).putShort((short) 772).put((byte) 0).put((byte) 6)
					.put(new byte[8]);
		}
		case 101 -> b = ByteBuffer.allocate(ip.length);
		case 0 -> {
			b = ByteBuffer.allocate(4 + ip.length).order(ByteOrder.LITTLE_ENDIAN);
			b.putInt(v6 ? 30 : 2);
		}
		default -> throw new IllegalArgumentException("link type " + linkType);
		}
		b.put(ip);
		return b.array();
	}
}
