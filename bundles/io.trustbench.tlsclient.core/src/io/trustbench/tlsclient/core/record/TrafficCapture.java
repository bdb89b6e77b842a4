package io.trustbench.tlsclient.core.record;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The two TCP byte streams of one connection as the application saw them, each chunk with the
 * time it was written or read. {@link PcapngWriter} turns this into Ethernet/IPv4/TCP frames.
 */
public final class TrafficCapture {

	/** One chunk: who sent it, when (epoch microseconds) and its bytes. */
	public record Chunk(boolean fromClient, long timeMicros, byte[] data) {
	}

	private static final long MERGE_MICROS = 1000;
	private static final int MAX_MERGED = 16 * 1024 + 5;

	private final InetSocketAddress client;
	private final InetSocketAddress server;
	private final long openedMicros;
	private final List<Chunk> chunks = new ArrayList<>();
	private long closedMicros = -1;

	public TrafficCapture(InetSocketAddress client, InetSocketAddress server) {
		this.client = client;
		this.server = server;
		this.openedMicros = nowMicros();
	}

	public InetSocketAddress client() {
		return client;
	}

	public InetSocketAddress server() {
		return server;
	}

	public long openedMicros() {
		return openedMicros;
	}

	/** When the connection was closed, or -1 while open. */
	public synchronized long closedMicros() {
		return closedMicros;
	}

	public synchronized void markClosed() {
		if (closedMicros < 0) {
			closedMicros = nowMicros();
		}
	}

	public synchronized List<Chunk> chunks() {
		return List.copyOf(chunks);
	}

	/** Total bytes in each direction: {client→server, server→client}. */
	public synchronized long[] byteCounts() {
		long[] n = new long[2];
		for (Chunk c : chunks) {
			n[c.fromClient() ? 0 : 1] += c.data().length;
		}
		return n;
	}

	synchronized void add(boolean fromClient, byte[] data, int off, int len) {
		if (len <= 0) {
			return;
		}
		long now = nowMicros();
		int last = chunks.size() - 1;
		// BouncyCastle reads a record header and then its body: bytes that were in the socket
		// together are read within microseconds and belong in one segment, as on the wire.
		if (last >= 0 && chunks.get(last).fromClient() == fromClient && now - chunks.get(last).timeMicros() < MERGE_MICROS
				&& chunks.get(last).data().length + len <= MAX_MERGED) {
			Chunk previous = chunks.get(last);
			byte[] merged = Arrays.copyOf(previous.data(), previous.data().length + len);
			System.arraycopy(data, off, merged, previous.data().length, len);
			chunks.set(last, new Chunk(fromClient, previous.timeMicros(), merged));
			return;
		}
		chunks.add(new Chunk(fromClient, now, Arrays.copyOfRange(data, off, off + len)));
	}

	/** The server's bytes as the client reads them, recorded on the way. */
	public InputStream inbound(InputStream in) {
		return new FilterInputStream(in) {
			@Override
			public int read() throws IOException {
				int b = super.read();
				if (b >= 0) {
					add(false, new byte[] { (byte) b }, 0, 1);
				}
				return b;
			}

			@Override
			public int read(byte[] b, int off, int len) throws IOException {
				int n = super.read(b, off, len);
				if (n > 0) {
					add(false, b, off, n);
				}
				return n;
			}
		};
	}

	/** The client's bytes, recorded as they are written. */
	public OutputStream outbound(OutputStream out) {
		return new FilterOutputStream(out) {
			@Override
			public void write(int b) throws IOException {
				out.write(b);
				add(true, new byte[] { (byte) b }, 0, 1);
			}

			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				out.write(b, off, len);
				add(true, b, off, len);
			}
		};
	}

	static long nowMicros() {
		java.time.Instant now = java.time.Instant.now();
		return now.getEpochSecond() * 1_000_000L + now.getNano() / 1000;
	}
}
