package io.trustbench.decoder.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import io.trustbench.decoder.DataSource;
import io.trustbench.decoder.Field;

/** Finds fields by the bytes they cover, for picking a field from the hex pane. */
final class FieldLocator {

	private FieldLocator() {
	}

	/**
	 * Path from a root to the deepest field in {@code source} that covers byte {@code index}, or an
	 * empty list. Zero-length fields (generated values) never match; among siblings the last match
	 * wins, like Wireshark, because later fields are usually the more specific ones.
	 */
	static List<Field> deepest(List<Field> roots, DataSource source, int index) {
		List<Field> best = new ArrayList<>();
		search(roots, source, index, new ArrayList<>(), best);
		return best;
	}

	private static void search(List<Field> fields, DataSource source, int index, List<Field> path, List<Field> best) {
		for (Field field : fields) {
			path.add(field);
			if (covers(field, source, index) && path.size() >= best.size()) {
				best.clear();
				best.addAll(path);
			}
			// descend even when the parent does not cover: parents of decrypted fields live in the frame
			search(field.children(), source, index, path, best);
			path.remove(path.size() - 1);
		}
	}

	private static boolean covers(Field field, DataSource source, int index) {
		return field.source() == source && field.length() > 0 && index >= field.offset()
				&& index < field.offset() + field.length();
	}
}
