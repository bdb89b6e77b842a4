package io.trustbench.secureelement.core.internal.registry;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;

import io.trustbench.core.ContributionReader;
import io.trustbench.secureelement.core.DeviceType;

/**
 * Device types contributed to {@code io.trustbench.secureelement.core.deviceTypes}; outside OSGi
 * the built-in Root, Signer and Thing kits of the seed.
 */
public final class DeviceTypeRegistry {

	public static final String EXTENSION_POINT = "io.trustbench.secureelement.core.deviceTypes";

	private final List<DeviceType> types;

	public DeviceTypeRegistry(List<DeviceType> types) {
		this.types = List.copyOf(types);
	}

	public static DeviceTypeRegistry load() {
		List<DeviceType> found = ContributionReader.read(EXTENSION_POINT, "deviceType", DeviceTypeRegistry::from);
		return new DeviceTypeRegistry(found.isEmpty() ? BuiltinContributions.deviceTypes() : found);
	}

	static DeviceType from(IConfigurationElement element) {
		return new DeviceType(ContributionReader.required(element, "id"), ContributionReader.required(element, "label"),
				element.getAttribute("kitName"), element.getAttribute("transport"),
				parseId(element.getAttribute("usbVendorId")), parseId(element.getAttribute("usbProductId")));
	}

	/** Hex USB id such as {@code 0x04D8}; -1 when absent. */
	static int parseId(String value) {
		if (value == null || value.isBlank()) {
			return -1;
		}
		try {
			return Integer.decode(value.trim());
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("USB id '" + value + "' is not a number");
		}
	}

	public List<DeviceType> all() {
		return types;
	}

	public Optional<DeviceType> byId(String id) {
		return types.stream().filter(t -> t.id().equals(id)).findFirst();
	}

	public Optional<DeviceType> byUsb(int vid, int pid) {
		return types.stream().filter(t -> t.matchesUsb(vid, pid)).findFirst();
	}

	public Optional<DeviceType> byKitName(String text) {
		return types.stream().filter(t -> t.matchesKitName(text)).findFirst();
	}
}
