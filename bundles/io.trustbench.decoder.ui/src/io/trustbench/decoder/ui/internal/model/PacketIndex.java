package io.trustbench.decoder.ui.internal.model;

/**
 * Where each packet of a capture lives: its record's file offset, its time stamp and its TCP
 * connection or UDP flow (-1 for neither), in primitive arrays: 20 bytes per packet once trimmed,
 * so a million packets cost ~20 MB and the packets themselves stay on disk. Frame numbers count from 1. The indexing job appends while the
 * UI reads, hence the synchronisation.
 */
public final class PacketIndex {

	private final LongList offsets = new LongList(1024);
	private final LongList timestamps = new LongList(1024);
	private final IntList connections = new IntList(1024);
	private volatile boolean complete;

	public synchronized void add(long fileOffset, long timestampNanos, int connection) {
		offsets.add(fileOffset);
		timestamps.add(timestampNanos);
		connections.add(connection);
	}

	/** Packets indexed so far. */
	public synchronized int count() {
		return offsets.size();
	}

	public synchronized long fileOffset(int frameNumber) {
		return offsets.get(frameNumber - 1);
	}

	public synchronized long timestampNanos(int frameNumber) {
		return timestamps.get(frameNumber - 1);
	}

	/** The TCP connection id the decoder gave this frame, a UDP flow id, or -1. */
	public synchronized int connection(int frameNumber) {
		return connections.get(frameNumber - 1);
	}

	/** Time stamp of frame 1 (the zero of the Time column), 0 for an empty capture. */
	public synchronized long firstTimestampNanos() {
		return timestamps.size() == 0 ? 0 : timestamps.get(0);
	}

	/** True once the whole file has been read (not when indexing was cancelled). */
	public boolean complete() {
		return complete;
	}

	synchronized void markComplete() {
		offsets.trim();
		timestamps.trim();
		connections.trim();
		complete = true;
	}

	/** Bytes of the index arrays (spare capacity included while the index grows). */
	public synchronized long bytes() {
		return offsets.bytes() + timestamps.bytes() + connections.bytes();
	}
}
