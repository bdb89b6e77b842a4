package io.trustbench.provisioning.core.flow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

import io.trustbench.core.AtomicFiles;

/**
 * What a flow has done so far: completed step ids and the values steps produced (CA id, thing
 * name, certificate ids…). Saved atomically after every step, so a killed or failed run resumes.
 * Never holds secrets: credentials and Wi-Fi passwords stay in secure storage or in the device.
 */
public final class FlowState {

	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

	private final Path file;
	private final Set<String> completed = new LinkedHashSet<>();
	private final Map<String, String> values = new LinkedHashMap<>();

	private FlowState(Path file) {
		this.file = file;
	}

	public static FlowState load(Path file) throws IOException {
		FlowState state = new FlowState(file);
		if (Files.isRegularFile(file)) {
			try {
				Stored stored = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), Stored.class);
				if (stored != null) {
					if (stored.completed != null) {
						state.completed.addAll(stored.completed);
					}
					if (stored.values != null) {
						state.values.putAll(stored.values);
					}
				}
			} catch (JsonParseException e) {
				throw new IOException("flow state " + file + " is damaged (" + e.getMessage()
						+ "); delete it to start the flow again");
			}
		}
		return state;
	}

	public Path file() {
		return file;
	}

	public synchronized boolean isCompleted(String stepId) {
		return completed.contains(stepId);
	}

	public synchronized void markCompleted(String stepId) throws IOException {
		completed.add(stepId);
		save();
	}

	public synchronized void markIncomplete(String stepId) throws IOException {
		completed.remove(stepId);
		save();
	}

	public synchronized Optional<String> get(String key) {
		return Optional.ofNullable(values.get(key));
	}

	public String require(String key) {
		return get(key).orElseThrow(() -> new IllegalStateException("flow state has no '" + key + "' yet"));
	}

	public synchronized void put(String key, String value) throws IOException {
		values.put(key, value);
		save();
	}

	/** The values in the order the steps produced them (the summary lists them so). */
	public synchronized Map<String, String> values() {
		return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
	}

	private void save() throws IOException {
		Stored stored = new Stored();
		stored.completed = new LinkedHashSet<>(completed);
		stored.values = new LinkedHashMap<>(values);
		AtomicFiles.writeString(file, GSON.toJson(stored));
	}

	/** Serialized form. */
	private static final class Stored {
		Set<String> completed;
		Map<String, String> values;
	}
}
