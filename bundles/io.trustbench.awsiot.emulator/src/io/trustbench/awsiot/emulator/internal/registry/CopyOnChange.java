package io.trustbench.awsiot.emulator.internal.registry;

import java.util.ArrayList;
import java.util.List;

/**
 * Attachment lists are read without the store lock by MQTT threads (policy checks on every
 * publish), so writers replace a list instead of changing it in place.
 */
final class CopyOnChange {

	private CopyOnChange() {
	}

	static List<String> with(List<String> list, String item) {
		List<String> copy = new ArrayList<>(list);
		copy.add(item);
		return copy;
	}

	static List<String> without(List<String> list, String item) {
		List<String> copy = new ArrayList<>(list);
		copy.remove(item);
		return copy;
	}
}
