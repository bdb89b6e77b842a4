package io.trustbench.decoder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A frame's fields flattened the way {@code tshark -T fields -E occurrence=a} sees them: for each
 * field name, the value of every occurrence in tree order.
 */
public final class FieldValues {

	private FieldValues() {
	}

	/** Every valued field under the roots whose name starts with one of {@code rootPrefixes}. */
	public static Map<String, List<String>> of(DecodedFrame frame, String... rootPrefixes) {
		Map<String, List<String>> values = new LinkedHashMap<>();
		for (Field root : frame.roots()) {
			for (String prefix : rootPrefixes) {
				if (root.name().startsWith(prefix)) {
					collect(root, values);
					break;
				}
			}
		}
		return values;
	}

	private static void collect(Field field, Map<String, List<String>> values) {
		if (field.value() != null && !field.name().isEmpty()) {
			values.computeIfAbsent(field.name(), k -> new ArrayList<>(2)).add(field.value());
		}
		for (Field child : field.children()) {
			collect(child, values);
		}
	}
}
