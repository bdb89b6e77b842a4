package io.trustbench.decoder;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;

import io.trustbench.core.ContributionReader;

/** Builds registry descriptors from {@code <dissector parent=".." discriminator=".." class=".."/>}. */
final class DissectorContributions {

	private DissectorContributions() {
	}

	static DissectorRegistry.Descriptor descriptor(IConfigurationElement element) {
		String parent = ContributionReader.required(element, "parent");
		String discriminator = ContributionReader.required(element, "discriminator");
		ContributionReader.required(element, "class");
		String label = element.getAttribute("label") == null ? parent + "/" + discriminator : element.getAttribute("label");
		return new DissectorRegistry.Descriptor(parent, discriminator, label, () -> {
			try {
				return (Dissector) element.createExecutableExtension("class");
			} catch (CoreException e) {
				throw new IllegalStateException(e.getMessage(), e);
			}
		});
	}
}
