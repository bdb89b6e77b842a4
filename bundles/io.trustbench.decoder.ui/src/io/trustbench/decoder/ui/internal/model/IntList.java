package io.trustbench.decoder.ui.internal.model;

import java.util.Arrays;

/**
 * A growable {@code int} array. The packet index keeps one entry per packet, so boxing into
 * {@code List<Integer>} would cost ~16 bytes per packet instead of 4.
 */
public final class IntList {

	private int[] values;
	private int size;

	public IntList(int capacity) {
		values = new int[Math.max(4, capacity)];
	}

	public void add(int value) {
		if (size == values.length) {
			values = Arrays.copyOf(values, values.length + (values.length >> 1));
		}
		values[size++] = value;
	}

	public int get(int index) {
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
		return 4L * values.length;
	}

	public int[] toArray() {
		return Arrays.copyOf(values, size);
	}

	/** Index of {@code value} in this ascending list, or {@code -(insertion point) - 1}. */
	public int binarySearch(int value) {
		return Arrays.binarySearch(values, 0, size, value);
	}
}
