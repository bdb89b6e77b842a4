package io.trustbench.pki.core.extensions;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.trustbench.core.ContributionReader;

/**
 * The extension decoders by OID. In the workbench and CLI they come from the extension point
 * {@value #EXTENSION_POINT}; without an OSGi registry (plain Java, unit tests) the built-in
 * decoders are used — the same classes the bundle's plugin.xml contributes. A vendor decoder for
 * an OID that already has one replaces the built-in one (vendors know their extensions better).
 */
public final class ExtensionDecoderRegistry {

	public static final String EXTENSION_POINT = "io.trustbench.pki.core.extensionDecoders";

	private static volatile ExtensionDecoderRegistry instance;

	private final Map<String, ExtensionDecoderDescriptor> byOid = new LinkedHashMap<>();

	public ExtensionDecoderRegistry(Collection<ExtensionDecoderDescriptor> descriptors) {
		for (ExtensionDecoderDescriptor descriptor : descriptors) {
			ExtensionDecoderDescriptor existing = byOid.get(descriptor.oid());
			if (existing == null || BuiltInExtensionDecoders.CONTRIBUTOR.equals(existing.contributor())
					|| "io.trustbench.pki.core".equals(existing.contributor())) {
				byOid.put(descriptor.oid(), descriptor);
			}
		}
	}

	/** The shared registry: contributions when running in OSGi, the built-in decoders otherwise. */
	public static ExtensionDecoderRegistry get() {
		ExtensionDecoderRegistry result = instance;
		if (result == null) {
			List<ExtensionDecoderDescriptor> contributed = ContributionReader.read(EXTENSION_POINT, "decoder",
					ExtensionDecoderDescriptor::from);
			result = new ExtensionDecoderRegistry(contributed.isEmpty() ? BuiltInExtensionDecoders.descriptors()
					: contributed);
			instance = result;
		}
		return result;
	}

	/** Only the built-in decoders, whatever is installed. */
	public static ExtensionDecoderRegistry builtIn() {
		return new ExtensionDecoderRegistry(BuiltInExtensionDecoders.descriptors());
	}

	public Optional<ExtensionDecoderDescriptor> forOid(String oid) {
		return Optional.ofNullable(byOid.get(oid));
	}

	public List<ExtensionDecoderDescriptor> all() {
		return List.copyOf(byOid.values());
	}
}
