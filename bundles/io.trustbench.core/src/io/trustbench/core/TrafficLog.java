package io.trustbench.core;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Line-by-line log of device and cloud traffic (kit commands and replies, AWS calls, MQTT),
 * shown by the Console view and, with {@code --verbose}, by the CLI. One instance per running
 * workbench or CLI, so every producer and every viewer agree without wiring.
 */
public final class TrafficLog {

	/** Where a line comes from; the console colours and filters by it. */
	public enum Channel { DEVICE_TX, DEVICE_RX, CLOUD_TX, CLOUD_RX, MQTT, INFO, ERROR }

	/** One logged line. */
	public record Entry(Instant time, Channel channel, String source, String text) {
		@Override
		public String toString() {
			return time + " " + channel + " [" + source + "] " + text;
		}
	}

	private static final TrafficLog GLOBAL = new TrafficLog(2000);

	private final List<Consumer<Entry>> listeners = new CopyOnWriteArrayList<>();
	private final Deque<Entry> recent = new ArrayDeque<>();
	private final int capacity;

	public TrafficLog(int capacity) {
		this.capacity = capacity;
	}

	/** The log shared by everything in this process (workbench or CLI run). */
	public static TrafficLog global() {
		return GLOBAL;
	}

	public void log(Channel channel, String source, String text) {
		Entry entry = new Entry(Instant.now(), channel, source, text);
		synchronized (recent) {
			recent.addLast(entry);
			while (recent.size() > capacity) {
				recent.removeFirst();
			}
		}
		for (Consumer<Entry> listener : listeners) {
			try {
				listener.accept(entry);
			} catch (RuntimeException e) {
				// A broken viewer must not break the device or cloud conversation that logs.
				listeners.remove(listener);
			}
		}
	}

	/** Lines logged so far (bounded), oldest first; lets a view opened late show history. */
	public List<Entry> recent() {
		synchronized (recent) {
			return List.copyOf(recent);
		}
	}

	public void addListener(Consumer<Entry> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<Entry> listener) {
		listeners.remove(listener);
	}
}
