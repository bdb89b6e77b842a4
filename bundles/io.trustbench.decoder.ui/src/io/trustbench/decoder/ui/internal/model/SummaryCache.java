package io.trustbench.decoder.ui.internal.model;

import java.util.LinkedHashMap;
import java.util.Map;

import io.trustbench.decoder.PacketSummary;

/**
 * The packet-list rows decoded so far, least recently used first out. The virtual table asks
 * only for visible rows, so a few thousand entries cover any scrolling; the bound is what keeps a
 * million-packet capture from being materialised.
 */
public final class SummaryCache {

	private final int capacity;
	private final LinkedHashMap<Integer, PacketSummary> rows;
	private long misses;

	public SummaryCache(int capacity) {
		this.capacity = capacity;
		this.rows = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
			private static final long serialVersionUID = 1L;

			@Override
			protected boolean removeEldestEntry(Map.Entry<Integer, PacketSummary> eldest) {
				return size() > SummaryCache.this.capacity;
			}
		};
	}

	public synchronized PacketSummary get(int frameNumber) {
		PacketSummary row = rows.get(frameNumber);
		if (row == null) {
			misses++;
		}
		return row;
	}

	public synchronized void put(PacketSummary row) {
		rows.put(row.number(), row);
	}

	public synchronized boolean contains(int frameNumber) {
		return rows.containsKey(frameNumber);
	}

	public synchronized int size() {
		return rows.size();
	}

	public int capacity() {
		return capacity;
	}

	/** Rows asked for that had to be decoded (for tests and the status line). */
	public synchronized long misses() {
		return misses;
	}

	public synchronized void clear() {
		rows.clear();
	}
}
