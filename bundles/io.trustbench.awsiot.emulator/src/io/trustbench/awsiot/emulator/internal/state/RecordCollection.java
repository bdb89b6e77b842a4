package io.trustbench.awsiot.emulator.internal.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Function;

import com.google.gson.Gson;

import io.trustbench.core.AtomicFiles;
import io.trustbench.core.TrafficLog;

/**
 * One kind of resource: an in-memory sorted map mirrored by one JSON file per record, each written
 * atomically (AtomicFiles). One file per record keeps a write small and a kill can lose at most the
 * write in progress, never corrupt another record.
 */
public final class RecordCollection<T> {

	private final Path dir;
	private final Class<T> type;
	private final Function<T, String> key;
	private final Gson gson;
	private final Map<String, T> records = new ConcurrentSkipListMap<>();
	private final Object[] stripes = new Object[64];
	private final StateStore owner;

	RecordCollection(StateStore owner, Path dir, Class<T> type, Function<T, String> key, Gson gson) {
		this.owner = owner;
		for (int i = 0; i < stripes.length; i++) {
			stripes[i] = new Object();
		}
		this.dir = dir;
		this.type = type;
		this.key = key;
		this.gson = gson;
	}

	/** Loads every record file; temp files of an interrupted write and unreadable files are skipped. */
	public void load() throws IOException {
		Files.createDirectories(dir);
		List<String> bad = new ArrayList<>();
		try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
			for (Path file : files) {
				if (file.getFileName().toString().startsWith(".")) {
					continue;
				}
				try {
					T record = gson.fromJson(Files.readString(file), type);
					if (record != null) {
						records.put(key.apply(record), record);
					}
				} catch (IOException | RuntimeException e) {
					bad.add(file.getFileName().toString());
				}
			}
		}
		if (!bad.isEmpty()) {
			TrafficLog.global().log(TrafficLog.Channel.ERROR, "aws-iot-emulator",
					"skipped unreadable state files in " + dir + ": " + bad);
		}
	}

	public T get(String id) {
		return id == null ? null : records.get(id);
	}

	public Collection<T> all() {
		return records.values();
	}

	public int size() {
		return records.size();
	}

	/**
	 * Publishes the record in memory and marks its file for the calling thread's next
	 * {@link StateStore#flush()} (callers hold the store lock; the write happens after they release it,
	 * so devices and API calls fsync in parallel instead of one after the other under the lock).
	 */
	public void put(T record) {
		String id = key.apply(record);
		records.put(id, record);
		owner.markDirty(this, id);
	}

	public void remove(String id) {
		records.remove(id);
		owner.markDirty(this, id);
	}

	/** Writes (or deletes) one record's file with the record's latest state. */
	void persist(String id) {
		Object stripe = stripes[Math.floorMod(id.hashCode(), stripes.length)];
		synchronized (stripe) {
			String json;
			synchronized (owner.lock()) {
				T record = records.get(id);
				json = record == null ? null : gson.toJson(record);
			}
			Path file = fileOf(id);
			try {
				if (json == null) {
					Files.deleteIfExists(file);
				} else {
					AtomicFiles.writeString(file, json);
				}
			} catch (IOException e) {
				throw new UncheckedIOException("cannot write emulator state " + file + ": " + e.getMessage(), e);
			}
		}
	}

	private Path fileOf(String id) {
		return dir.resolve(URLEncoder.encode(id, StandardCharsets.UTF_8) + ".json");
	}

}
