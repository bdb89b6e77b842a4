package io.trustbench.provisioning.core.console;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * Follows an AWS listing to its end: calls again with the {@code nextMarker}/{@code nextToken} of
 * the previous answer until there is none, checking for cancellation between pages.
 */
final class Pages {

	private Pages() {
	}

	static <R, T> List<T> all(Function<String, R> call, Function<R, List<T>> items, Function<R, String> next,
			IProgressMonitor monitor) {
		List<T> all = new ArrayList<>();
		String marker = null;
		do {
			checkCancelled(monitor);
			R response = call.apply(marker);
			all.addAll(items.apply(response));
			marker = next.apply(response);
		} while (marker != null && !marker.isEmpty());
		return all;
	}

	static void checkCancelled(IProgressMonitor monitor) {
		if (monitor != null && monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}
}
