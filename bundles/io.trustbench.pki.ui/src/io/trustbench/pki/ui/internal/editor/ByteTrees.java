package io.trustbench.pki.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import org.eclipse.jface.viewers.IElementComparer;

/** Helpers shared by the two trees whose nodes are byte ranges of the certificate. */
final class ByteTrees {

	/** Field records compare by value; two identical value lines must still be two tree items. */
	static final IElementComparer IDENTITY = new IElementComparer() {
		@Override
		public boolean equals(Object a, Object b) {
			return a == b;
		}

		@Override
		public int hashCode(Object element) {
			return System.identityHashCode(element);
		}
	};

	private ByteTrees() {
	}

	/**
	 * The path from one of {@code roots} down to the smallest node containing {@code offset}.
	 * Children covering exactly their parent's bytes (value lines, fingerprints) are not entered,
	 * so a click selects the field, not a decoration of it. Empty when no root contains the byte.
	 */
	static <T> List<T> pathTo(List<T> roots, Function<T, List<T>> children, ToIntFunction<T> offset,
			ToIntFunction<T> length, int target) {
		List<T> path = new ArrayList<>();
		List<T> level = roots;
		T parent = null;
		while (true) {
			T next = null;
			for (T candidate : level) {
				int start = offset.applyAsInt(candidate);
				int len = length.applyAsInt(candidate);
				boolean sameAsParent = parent != null && start == offset.applyAsInt(parent)
						&& len == length.applyAsInt(parent);
				if (len > 0 && target >= start && target < start + len && !sameAsParent) {
					next = candidate;
					break;
				}
			}
			if (next == null) {
				return path;
			}
			path.add(next);
			parent = next;
			level = children.apply(next);
		}
	}
}
