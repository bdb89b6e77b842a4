package io.trustbench.decoder.tcp;

import java.util.Map;
import java.util.TreeMap;

import io.trustbench.decoder.DataSource;
import io.trustbench.decoder.DecodeStatistics;
import io.trustbench.decoder.DissectorContext;

/**
 * Reassembles one direction of a TCP connection into in-order bytes: duplicates
 * (retransmissions) are dropped, overlaps trimmed (first copy wins), segments that arrive early
 * are held until the hole before them is filled. When too much is held, or the stream ends with
 * a hole, the hole is declared missing data and delivery goes on after it. Memory is bounded by
 * {@link #MAX_HELD_BYTES} per direction.
 */
final class TcpStream {

	static final int MAX_HELD_BYTES = 1 << 20;
	static final int MAX_HELD_SEGMENTS = 256;

	/** What {@link #segment} did with the bytes, for the TCP analysis fields. */
	enum Outcome {
		DELIVERED, RETRANSMISSION, OVERLAP, HELD_OUT_OF_ORDER, EMPTY
	}

	private record Held(byte[] data, int frame) {
	}

	/**
	 * False (the default, what tshark does with tcp.reassemble_out_of_order off): data after a hole
	 * is delivered at once after reporting the hole, and a segment starting below the highest
	 * sequence number seen counts as a retransmission. True: hold early segments until the hole
	 * fills.
	 */
	final boolean bufferOutOfOrder;
	/** Highest stream offset seen in any segment, ACK-only ones included (Wireshark's nextseq). */
	private long highest = Long.MIN_VALUE;
	private boolean started;
	private int baseSeq;
	/** Stream offset of the next byte expected. */
	private long next;
	private boolean fin;
	private final TreeMap<Long, Held> held = new TreeMap<>();
	private int heldBytes;
	StreamConsumer consumer;
	/** Picks the connection's protocol from {@link #pendingChoice}; cleared once used. */
	Runnable chooser;
	Object[] pendingChoice;

	void syn(int seq) {
		if (!started) {
			started = true;
			baseSeq = seq + 1;
			next = 0;
		}
	}

	void fin() {
		fin = true;
	}

	boolean finished() {
		return fin;
	}

	TcpStream(boolean bufferOutOfOrder) {
		this.bufferOutOfOrder = bufferOutOfOrder;
	}

	Outcome segment(DissectorContext context, int seq, DataSource source, int offset, int length) {
		if (length == 0) {
			if (started) {
				highest = Math.max(highest, relative(seq));
			}
			return Outcome.EMPTY;
		}
		if (!started) {
			started = true;
			baseSeq = seq;
			next = 0;
		}
		long rel = relative(seq);
		long seenBefore = highest;
		highest = Math.max(highest, rel + length);
		DecodeStatistics stats = context.get(DecodeStatistics.class);
		if (!bufferOutOfOrder && rel < seenBefore && rel + length > next) {
			// below data (or an ACK) already seen: Wireshark calls it a retransmission and skips it
			stats.tcpRetransmissions++;
			return Outcome.RETRANSMISSION;
		}
		if (rel + length <= next) {
			stats.tcpRetransmissions++;
			return Outcome.RETRANSMISSION;
		}
		Outcome outcome = Outcome.DELIVERED;
		if (rel < next) {
			int skip = (int) (next - rel);
			offset += skip;
			length -= skip;
			rel = next;
			outcome = Outcome.OVERLAP;
		}
		if (rel > next && !bufferOutOfOrder) {
			stats.tcpGaps++;
			if (consumer != null) {
				consumer.gap(context, rel - next);
			}
			next = rel;
		} else if (rel > next) {
			hold(context, rel, source, offset, length);
			stats.tcpOutOfOrder++;
			return Outcome.HELD_OUT_OF_ORDER;
		}
		deliver(context, source, offset, length);
		drain(context);
		return outcome;
	}

	/** Stream offset of a sequence number; int arithmetic wraps like TCP sequence numbers. */
	private long relative(int seq) {
		long rel = seq - baseSeq;
		if (rel < 0 && next > Integer.MAX_VALUE) {
			rel += 1L << 32; // beyond 2 GiB of stream
		}
		return rel;
	}

	private void hold(DissectorContext context, long rel, DataSource source, int offset, int length) {
		Held existing = held.get(rel);
		if (existing != null && existing.data().length >= length) {
			return;
		}
		byte[] copy = new byte[length];
		System.arraycopy(source.bytes(), offset, copy, 0, length);
		if (existing != null) {
			heldBytes -= existing.data().length;
		}
		held.put(rel, new Held(copy, context.frame().number()));
		heldBytes += length;
		if (heldBytes > MAX_HELD_BYTES || held.size() > MAX_HELD_SEGMENTS) {
			skipHole(context);
		}
	}

	/** Gives up on the first hole: reports it missing and delivers what follows it. */
	void skipHole(DissectorContext context) {
		if (held.isEmpty()) {
			return;
		}
		long first = held.firstKey();
		if (first > next) {
			context.get(DecodeStatistics.class).tcpGaps++;
			if (consumer != null) {
				consumer.gap(context, first - next);
			}
			next = first;
		}
		drain(context);
	}

	private void drain(DissectorContext context) {
		while (!held.isEmpty() && held.firstKey() <= next) {
			Map.Entry<Long, Held> entry = held.pollFirstEntry();
			byte[] data = entry.getValue().data();
			heldBytes -= data.length;
			long end = entry.getKey() + data.length;
			if (end <= next) {
				continue;
			}
			int skip = (int) (next - entry.getKey());
			DataSource source = context.frame().addSource("TCP segment of frame " + entry.getValue().frame(), data);
			deliver(context, source, skip, data.length - skip);
		}
	}

	private void deliver(DissectorContext context, DataSource source, int offset, int length) {
		if (chooser != null) {
			// the protocol is recognised from the first bytes in stream order, not the first to arrive
			Runnable choose = chooser;
			chooser = null;
			pendingChoice = new Object[] { source.bytes(), offset, length };
			choose.run();
			pendingChoice = null;
		}
		next += length;
		if (consumer != null) {
			consumer.data(context, source, offset, length);
		}
	}

	/** Bytes held for a hole that was never filled. */
	int heldBytes() {
		return heldBytes;
	}
}
