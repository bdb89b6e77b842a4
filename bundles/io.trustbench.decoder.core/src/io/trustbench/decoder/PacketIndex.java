package io.trustbench.decoder;

import java.util.Arrays;

/**
 * Where each packet starts in the file and which TCP connection it belongs to: 12 bytes per
 * packet, so a 1,000,000-packet capture indexes in about 12 MB and any packet can be read again
 * without loading the others.
 */
public final class PacketIndex {

	private long[] offsets = new long[1024];
	private int[] connections = new int[1024];
	private int size;

	void add(long fileOffset, int connection) {
		if (size == offsets.length) {
			offsets = Arrays.copyOf(offsets, size * 2);
			connections = Arrays.copyOf(connections, size * 2);
		}
		offsets[size] = fileOffset;
		connections[size] = connection;
		size++;
	}

	public int size() {
		return size;
	}

	/** File offset of packet {@code number} (from 1). */
	public long offset(int number) {
		check(number);
		return offsets[number - 1];
	}

	/** TCP connection of packet {@code number}, or -1 when it is not TCP. */
	public int connection(int number) {
		check(number);
		return connections[number - 1];
	}

	/** Packet numbers (ascending) of one connection up to and including {@code last}. */
	public int[] framesOf(int connection, int first, int last) {
		int[] out = new int[16];
		int n = 0;
		for (int i = first - 1; i < last; i++) {
			if (connections[i] == connection) {
				if (n == out.length) {
					out = Arrays.copyOf(out, n * 2);
				}
				out[n++] = i + 1;
			}
		}
		return Arrays.copyOf(out, n);
	}

	private void check(int number) {
		if (number < 1 || number > size) {
			throw new IndexOutOfBoundsException("no packet " + number + " (capture has " + size + ")");
		}
	}
}
