package io.trustbench.secureelement.core;

import java.util.List;

/** Told when a rescan finds kits plugged in or gone; called on the thread that rescanned. */
@FunctionalInterface
public interface DeviceChangeListener {

	void devicesChanged(Event event);

	/** What changed since the previous scan. */
	record Event(List<DeviceDescriptor> added, List<DeviceDescriptor> removed, List<DeviceDescriptor> current) {
	}
}
