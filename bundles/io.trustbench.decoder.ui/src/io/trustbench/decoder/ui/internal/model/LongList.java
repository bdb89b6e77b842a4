package io.trustbench.decoder.ui.internal.model;

import java.util.Arrays;

/** A growable {@code long} array (file offsets and time stamps of the packet index). */
public final class LongList {

	private long[] values;
	private int size;

	public LongList(int capacity) {
		values = new long[Math.max(4, capacity)];
	}

	public void add(long value) {
		if (size == values.length) {
			values = Arrays.copyOf(values, values.length + (values.length >> 1));
		}
		values[size++] = value;
	}

	public long get(int index) {
		if (index >= size) {
			throw new IndexOutOfBoundsException(index + " >= " + size);
		}
		return values[index];
	}

	public int size() {
		return size;
	}

	/** Drops the spare capacity growth left (once the list is complete). */
	public void trim() {
		values = Arrays.copyOf(values, Math.max(4, size));
	}

	/** Bytes of the backing array. */
	public long bytes() {
		return 8L * values.length;
	}
}
