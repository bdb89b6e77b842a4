package io.trustbench.secureelement.core.internal.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;

import io.trustbench.core.ContributionReader;
import io.trustbench.secureelement.core.kit.KitTransport;

/**
 * Transports contributed to {@code io.trustbench.secureelement.core.transports}: ids and labels
 * read eagerly, classes created on first use. Outside OSGi (plain unit tests) the built-in
 * transports are used.
 */
public final class TransportRegistry {

	public static final String EXTENSION_POINT = "io.trustbench.secureelement.core.transports";

	/** One contributed transport. */
	public static final class Descriptor {
		private final String id;
		private final String label;
		private final Supplier<KitTransport> factory;
		private KitTransport instance;

		public Descriptor(String id, String label, Supplier<KitTransport> factory) {
			this.id = id;
			this.label = label;
			this.factory = factory;
		}

		public String id() {
			return id;
		}

		public String label() {
			return label;
		}

		/** Created once; a class that cannot load is an IllegalStateException with one line. */
		public synchronized KitTransport transport() {
			if (instance == null) {
				instance = factory.get();
			}
			return instance;
		}

		static Descriptor from(IConfigurationElement element) {
			String id = ContributionReader.required(element, "id");
			String label = ContributionReader.required(element, "label");
			ContributionReader.required(element, "class");
			return new Descriptor(id, label, () -> {
				try {
					return (KitTransport) element.createExecutableExtension("class");
				} catch (CoreException | ClassCastException e) {
					throw new IllegalStateException("transport '" + id + "' cannot be loaded: " + e.getMessage(), e);
				}
			});
		}
	}

	private final List<Descriptor> descriptors;

	public TransportRegistry(List<Descriptor> descriptors) {
		this.descriptors = List.copyOf(descriptors);
	}

	public static TransportRegistry load() {
		List<Descriptor> found = ContributionReader.read(EXTENSION_POINT, "transport", Descriptor::from);
		if (found.isEmpty()) {
			found = new ArrayList<>(BuiltinContributions.transports());
		}
		return new TransportRegistry(found);
	}

	public List<Descriptor> all() {
		return descriptors;
	}
}
