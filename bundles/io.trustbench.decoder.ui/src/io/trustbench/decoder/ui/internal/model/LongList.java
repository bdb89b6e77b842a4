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
}
