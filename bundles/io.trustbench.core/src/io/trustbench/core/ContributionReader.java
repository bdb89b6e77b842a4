package io.trustbench.core;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;

/**
 * Reads the contributions of one extension point into typed descriptors, isolating each one:
 * a contribution whose descriptor cannot be built is logged and skipped, the rest still load.
 * Every Trustbench registry uses it so that a broken vendor plugin never hides the others.
 */
public final class ContributionReader {

	private ContributionReader() {
	}

	/**
	 * @param extensionPointId full id, e.g. {@code io.trustbench.cli.commands}
	 * @param elementName      the element to read (others are ignored)
	 * @param factory          builds a descriptor; throws IllegalArgumentException for a bad one
	 */
	public static <D> List<D> read(String extensionPointId, String elementName,
			Function<IConfigurationElement, D> factory) {
		List<D> result = new ArrayList<>();
		if (Platform.getExtensionRegistry() == null) {
			return result;
		}
		for (IConfigurationElement element : Platform.getExtensionRegistry()
				.getConfigurationElementsFor(extensionPointId)) {
			if (!elementName.equals(element.getName())) {
				continue;
			}
			try {
				result.add(factory.apply(element));
			} catch (RuntimeException e) {
				logBad(extensionPointId, element, e);
			}
		}
		return result;
	}

	/** Logs a contribution that could not be used, naming the contributing bundle. */
	public static void logBad(String extensionPointId, IConfigurationElement element, Throwable cause) {
		String contributor = element.getContributor() == null ? "?" : element.getContributor().getName();
		ILog.of(ContributionReader.class).log(new Status(IStatus.ERROR, "io.trustbench.core",
				"Skipped a bad contribution to " + extensionPointId + " from " + contributor + ": "
						+ cause.getMessage(), cause));
	}

	/** A required attribute, or an IllegalArgumentException naming it. */
	public static String required(IConfigurationElement element, String attribute) {
		String value = element.getAttribute(attribute);
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("missing attribute '" + attribute + "'");
		}
		return value;
	}
}
