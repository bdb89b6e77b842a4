package io.trustbench.provisioning.core.thing;

import java.util.List;
import java.util.Optional;

import io.trustbench.core.ContributionReader;

/**
 * Finds the thing connector contributed to {@code io.trustbench.provisioning.core.thingConnectors}
 * (the hardened TLS client bundle contributes the device simulator). Without one, JITR stops after
 * preparing the thing and says why.
 */
public final class ThingConnectors {

	public static final String EXTENSION_POINT = "io.trustbench.provisioning.core.thingConnectors";

	private ThingConnectors() {
	}

	public static Optional<ThingConnector> find() {
		List<ThingConnector> found = ContributionReader.read(EXTENSION_POINT, "connector", element -> {
			try {
				return (ThingConnector) element.createExecutableExtension("class");
			} catch (org.eclipse.core.runtime.CoreException | ClassCastException e) {
				throw new IllegalArgumentException(e.getMessage(), e);
			}
		});
		return found.stream().findFirst();
	}
}
