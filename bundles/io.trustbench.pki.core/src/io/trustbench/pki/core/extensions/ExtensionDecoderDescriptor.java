package io.trustbench.pki.core.extensions;

import java.util.function.Supplier;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;

import io.trustbench.core.ContributionReader;

/** One contributed decoder: OID and name read eagerly, the class created on first use. */
public final class ExtensionDecoderDescriptor {

	private final String oid;
	private final String name;
	private final String contributor;
	private final Supplier<ExtensionDecoder> factory;
	private volatile ExtensionDecoder decoder;

	public ExtensionDecoderDescriptor(String oid, String name, String contributor, Supplier<ExtensionDecoder> factory) {
		if (!oid.matches("[0-2](\\.\\d+)+")) {
			throw new IllegalArgumentException("'" + oid + "' is not an OID");
		}
		this.oid = oid;
		this.name = name;
		this.contributor = contributor;
		this.factory = factory;
	}

	static ExtensionDecoderDescriptor from(IConfigurationElement element) {
		String oid = ContributionReader.required(element, "oid").trim();
		String name = ContributionReader.required(element, "name");
		ContributionReader.required(element, "class");
		String contributor = element.getContributor() == null ? "?" : element.getContributor().getName();
		return new ExtensionDecoderDescriptor(oid, name, contributor, () -> {
			try {
				return (ExtensionDecoder) element.createExecutableExtension("class");
			} catch (CoreException | ClassCastException e) {
				throw new IllegalStateException("decoder for " + oid + " from " + contributor + " cannot be created: "
						+ e.getMessage(), e);
			}
		});
	}

	public String oid() {
		return oid;
	}

	/** Display name, e.g. "X509v3 Basic Constraints". */
	public String name() {
		return name;
	}

	public String contributor() {
		return contributor;
	}

	/** The decoder instance (created once). */
	public ExtensionDecoder decoder() {
		ExtensionDecoder result = decoder;
		if (result == null) {
			result = factory.get();
			decoder = result;
		}
		return result;
	}
}
