package io.trustbench.decoder;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.trustbench.core.ContributionReader;
import io.trustbench.decoder.internal.BuiltinDissectors;

/**
 * Dissectors keyed by (parent protocol, discriminator) instead of a switch: built-ins first, then
 * contributions to {@code io.trustbench.decoder.dissectors}, which may replace a built-in for the
 * same key (a later, more specific decoder wins). Instances are created lazily and reused.
 */
public final class DissectorRegistry {

	public static final String EXTENSION_POINT = "io.trustbench.decoder.dissectors";

	/** One registration: ids and labels read eagerly, the class created on first use. */
	public static final class Descriptor {
		private final String parent;
		private final String discriminator;
		private final String label;
		private final Supplier<? extends Dissector> factory;
		private Dissector instance;
		private boolean failed;

		public Descriptor(String parent, String discriminator, String label, Supplier<? extends Dissector> factory) {
			this.parent = parent;
			this.discriminator = discriminator;
			this.label = label;
			this.factory = factory;
		}

		public String parent() {
			return parent;
		}

		public String discriminator() {
			return discriminator;
		}

		public String label() {
			return label;
		}

		synchronized Dissector dissector() {
			if (instance == null && !failed) {
				try {
					instance = factory.get();
				} catch (RuntimeException | LinkageError e) {
					failed = true;
					org.eclipse.core.runtime.ILog.of(DissectorRegistry.class).error(
							"Dissector for " + parent + "/" + discriminator + " could not be created: " + e.getMessage(), e);
				}
			}
			return instance;
		}
	}

	private final Map<String, Descriptor> byKey = new LinkedHashMap<>();
	/** The same registrations by parent, then discriminator: lookups build no key string. */
	private final Map<String, Map<String, Descriptor>> byParent = new java.util.HashMap<>();
	/**
	 * Per parent, the registrations whose discriminator is a decimal number, indexed by it, built
	 * on first use: most dispatches are by a number (IP protocol, handshake and extension type),
	 * several per packet, and formatting it to look it up cost more than dissecting.
	 */
	private final Map<String, Descriptor[]> byNumber = new java.util.concurrent.ConcurrentHashMap<>();

	/** The built-ins only; what tests and the plain-Java CLI use. */
	public static DissectorRegistry builtins() {
		DissectorRegistry registry = new DissectorRegistry();
		BuiltinDissectors.registerAll(registry);
		return registry;
	}

	/** Built-ins plus every contribution in the running platform. */
	public static DissectorRegistry withContributions() {
		DissectorRegistry registry = builtins();
		for (Descriptor d : ContributionReader.read(EXTENSION_POINT, "dissector", DissectorContributions::descriptor)) {
			registry.register(d);
		}
		return registry;
	}

	public void register(Descriptor descriptor) {
		byKey.put(key(descriptor.parent(), descriptor.discriminator()), descriptor);
		byParent.computeIfAbsent(descriptor.parent(), p -> new java.util.HashMap<>()).put(descriptor.discriminator(),
				descriptor);
		byNumber.clear();
	}

	public void register(String parent, String discriminator, String label, Supplier<? extends Dissector> factory) {
		register(new Descriptor(parent, discriminator, label, factory));
	}

	/** The dissector for the key, or null. */
	public Dissector find(String parent, String discriminator) {
		Map<String, Descriptor> registered = byParent.get(parent);
		Descriptor d = registered == null ? null : registered.get(discriminator);
		return d == null ? null : d.dissector();
	}

	/** The dissector for (parent, the decimal string of {@code number}), or null. */
	public Dissector find(String parent, int number) {
		Descriptor[] table = byNumber.get(parent);
		if (table == null) {
			table = byNumber.computeIfAbsent(parent, this::decimalTable);
		}
		Descriptor d = number >= 0 && number < table.length ? table[number] : null;
		return d == null ? null : d.dissector();
	}

	private Descriptor[] decimalTable(String parent) {
		Map<String, Descriptor> registered = byParent.getOrDefault(parent, Map.of());
		int max = -1;
		for (String discriminator : registered.keySet()) {
			max = Math.max(max, decimal(discriminator));
		}
		Descriptor[] table = new Descriptor[max + 1];
		registered.forEach((discriminator, d) -> {
			int n = decimal(discriminator);
			if (n >= 0) {
				table[n] = d;
			}
		});
		return table;
	}

	/** {@code n} when {@code s} is exactly {@code Integer.toString(n)} with 0 ≤ n ≤ 65535, else -1. */
	private static int decimal(String s) {
		if (s.isEmpty() || s.length() > 5) {
			return -1;
		}
		int n = 0;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c < '0' || c > '9' || (i == 0 && c == '0' && s.length() > 1)) {
				return -1;
			}
			n = n * 10 + (c - '0');
		}
		return n <= 65535 ? n : -1;
	}

	public boolean has(String parent, String discriminator) {
		return byKey.containsKey(key(parent, discriminator));
	}

	public List<Descriptor> descriptors() {
		return Collections.unmodifiableList(new ArrayList<>(byKey.values()));
	}

	private static String key(String parent, String discriminator) {
		return parent + '\u0000' + discriminator;
	}
}
