package io.trustbench.decoder.ui.tests;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a large classic pcap of small TCP packets: {@code connections} connections interleaved,
 * each opened by a SYN and then carrying empty ACKs in both directions (54-byte frames).
 */
public final class SyntheticCapture {

	private SyntheticCapture() {
	}

	public static Path write(Path file, int packets, int connections) throws IOException {
		ByteBuffer record = ByteBuffer.allocate(16 + 54).order(ByteOrder.LITTLE_ENDIAN);
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
			ByteBuffer header = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
			header.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65535).putInt(1);
			out.write(header.array());
			for (int i = 0; i < packets; i++) {
				int connection = i % connections;
				int sequence = i / connections;
				boolean fromClient = sequence % 2 == 0;
				record.clear();
				long micros = 1_000_000L * 1_700_000_000L + i * 10L;
				record.putInt((int) (micros / 1_000_000)).putInt((int) (micros % 1_000_000)).putInt(54).putInt(54);
				frame(record.order(ByteOrder.BIG_ENDIAN), connection, sequence, fromClient);
				record.order(ByteOrder.LITTLE_ENDIAN);
				out.write(record.array(), 0, record.position());
			}
		}
		return file;
	}

	private static void frame(ByteBuffer b, int connection, int sequence, boolean fromClient) {
		byte[] client = { 10, 0, (byte) (connection >> 8), (byte) connection };
		byte[] server = { 10, 1, 0, 1 };
		int clientPort = 40000 + connection;
		int serverPort = 8883;
		b.put(new byte[] { 2, 0, 0, 0, 0, 2 }).put(new byte[] { 2, 0, 0, 0, 0, 1 }).putShort((short) 0x0800);
		b.put((byte) 0x45).put((byte) 0).putShort((short) 40).putShort((short) sequence).putShort((short) 0x4000)
				.put((byte) 64).put((byte) 6).putShort((short) 0);
		b.put(fromClient ? client : server).put(fromClient ? server : client);
		b.putShort((short) (fromClient ? clientPort : serverPort)).putShort((short) (fromClient ? serverPort : clientPort));
		b.putInt(1000 + sequence).putInt(sequence == 0 ? 0 : 5000 + sequence);
		int flags = sequence == 0 ? 0x02 : 0x10; // SYN first, then ACKs
		b.putShort((short) (0x5000 | flags)).putShort((short) 65535).putShort((short) 0).putShort((short) 0);
	}
}
