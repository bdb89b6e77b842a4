package io.trustbench.provisioning.core.flow;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;

import io.trustbench.core.ContributionReader;

/**
 * The provisioning flows contributed to {@code io.trustbench.provisioning.core.flows}, in their
 * declared order. A contribution that cannot be read is logged and skipped; the others still load.
 */
public final class FlowRegistry {

	public static final String EXTENSION_POINT = "io.trustbench.provisioning.core.flows";

	/** One contributed flow: what menus and the CLI list without creating it. */
	public record Descriptor(String id, String label, String description, int order, String contributor,
			FlowFactory factory) {

		public Flow create(FlowEnvironment environment) {
			return factory.create(environment);
		}
	}

	private FlowRegistry() {
	}

	public static List<Descriptor> flows() {
		return ContributionReader.read(EXTENSION_POINT, "flow", FlowRegistry::descriptor).stream()
				.sorted(Comparator.comparingInt(Descriptor::order).thenComparing(Descriptor::id)).toList();
	}

	public static Optional<Descriptor> find(String id) {
		return flows().stream().filter(d -> d.id().equals(id)).findFirst();
	}

	private static Descriptor descriptor(IConfigurationElement element) {
		String id = ContributionReader.required(element, "id");
		if (!id.matches("[a-z][a-z0-9-]*")) {
			throw new IllegalArgumentException("flow id '" + id + "' must be lower-case letters, digits and '-'");
		}
		String label = ContributionReader.required(element, "label");
		String description = element.getAttribute("description") == null ? "" : element.getAttribute("description");
		int order;
		try {
			order = element.getAttribute("order") == null ? 1000 : Integer.parseInt(element.getAttribute("order"));
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("flow '" + id + "': order is not a number");
		}
		FlowFactory factory;
		try {
			factory = (FlowFactory) element.createExecutableExtension("class");
		} catch (CoreException | ClassCastException e) {
			throw new IllegalArgumentException("flow '" + id + "': " + e.getMessage(), e);
		}
		return new Descriptor(id, label, description, order, element.getContributor().getName(), factory);
	}
}
