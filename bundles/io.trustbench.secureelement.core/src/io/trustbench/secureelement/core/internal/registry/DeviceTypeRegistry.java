package io.trustbench.secureelement.core.internal.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;

import io.trustbench.core.ContributionReader;
import io.trustbench.secureelement.core.DeviceType;
import io.trustbench.secureelement.core.emulator.EmulatorProfile;

/**
 * Device types contributed to {@code io.trustbench.secureelement.core.deviceTypes} with their
 * optional emulator profiles (created lazily); outside OSGi the built-in Root, Signer and Thing
 * kits of the seed.
 */
public final class DeviceTypeRegistry {

	public static final String EXTENSION_POINT = "io.trustbench.secureelement.core.deviceTypes";

	/** A device type and, when it can be emulated, how to make its profile. */
	public record Entry(DeviceType type, Supplier<EmulatorProfile> profile) {
	}

	private final Map<String, Entry> entries = new LinkedHashMap<>();

	public DeviceTypeRegistry(List<Entry> entries) {
		for (Entry entry : entries) {
			this.entries.putIfAbsent(entry.type().id(), entry);
		}
	}

	public static DeviceTypeRegistry load() {
		List<Entry> found = ContributionReader.read(EXTENSION_POINT, "deviceType", DeviceTypeRegistry::from);
		return new DeviceTypeRegistry(found.isEmpty() ? BuiltinContributions.deviceTypes() : found);
	}

	static Entry from(IConfigurationElement element) {
		DeviceType type = new DeviceType(ContributionReader.required(element, "id"),
				ContributionReader.required(element, "label"), element.getAttribute("kitName"),
				element.getAttribute("transport"), parseId(element.getAttribute("usbVendorId")),
				parseId(element.getAttribute("usbProductId")));
		Supplier<EmulatorProfile> profile = null;
		if (element.getAttribute("emulatorProfile") != null) {
			profile = () -> {
				try {
					return (EmulatorProfile) element.createExecutableExtension("emulatorProfile");
				} catch (CoreException | ClassCastException e) {
					throw new IllegalStateException("emulator profile of '" + type.id() + "' cannot be loaded: "
							+ e.getMessage(), e);
				}
			};
		}
		return new Entry(type, profile);
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
		return entries.values().stream().map(Entry::type).toList();
	}

	/** Device types that can be emulated, in contribution order. */
	public List<Entry> emulatable() {
		List<Entry> list = new ArrayList<>();
		for (Entry e : entries.values()) {
			if (e.profile() != null) {
				list.add(e);
			}
		}
		return list;
	}

	public Optional<DeviceType> byId(String id) {
		return Optional.ofNullable(entries.get(id)).map(Entry::type);
	}

	public Optional<DeviceType> byUsb(int vid, int pid) {
		return all().stream().filter(t -> t.matchesUsb(vid, pid)).findFirst();
	}

	public Optional<DeviceType> byKitName(String text) {
		return all().stream().filter(t -> t.matchesKitName(text)).findFirst();
	}

	/** Usb ids of every type on a transport (what HID/serial enumeration filters on). */
	public List<DeviceType> onTransport(String transportId) {
		return all().stream().filter(t -> transportId.equals(t.transport())).toList();
	}
}
