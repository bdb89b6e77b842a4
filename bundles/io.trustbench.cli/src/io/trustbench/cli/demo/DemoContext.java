package io.trustbench.cli.demo;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shared by the steps of one demo run: the workspace, an output stream for the step's own
 * lines, and named values one step leaves for the next (emulator endpoint, device ids…).
 * Resources registered with {@link #onClose} (a started emulator) are closed at the end.
 */
public final class DemoContext implements AutoCloseable {

	private final Path workspace;
	private final PrintStream out;
	private final Map<String, Object> values = new ConcurrentHashMap<>();
	private final java.util.Deque<AutoCloseable> closeables = new java.util.ArrayDeque<>();

	public DemoContext(Path workspace, PrintStream out) {
		this.workspace = workspace;
		this.out = out;
	}

	public Path workspace() {
		return workspace;
	}

	/** Where a step prints its detail lines (indented by the demo). */
	public PrintStream out() {
		return out;
	}

	public void put(String key, Object value) {
		values.put(key, value);
	}

	public <T> Optional<T> get(String key, Class<T> type) {
		Object value = values.get(key);
		return type.isInstance(value) ? Optional.of(type.cast(value)) : Optional.empty();
	}

	public synchronized void onClose(AutoCloseable resource) {
		closeables.push(resource);
	}

	@Override
	public synchronized void close() {
		while (!closeables.isEmpty()) {
			try {
				closeables.pop().close();
			} catch (Exception e) {
				out.println("  (could not close a demo resource: " + e.getMessage() + ")");
			}
		}
	}
}
