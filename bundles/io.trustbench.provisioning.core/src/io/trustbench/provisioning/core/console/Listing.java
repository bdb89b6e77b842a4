package io.trustbench.provisioning.core.console;

import java.util.List;
import java.util.Optional;

/**
 * The rows of one resource kind, or — when the endpoint lacks the list call — none and a clear
 * "not supported by this endpoint" message for the view to show in their place.
 */
public record Listing<T>(List<T> rows, Optional<String> unsupported) {

	public static <T> Listing<T> of(List<T> rows) {
		return new Listing<>(List.copyOf(rows), Optional.empty());
	}

	public static <T> Listing<T> unsupported(String message) {
		return new Listing<>(List.of(), Optional.of(message));
	}

	public boolean supported() {
		return unsupported.isEmpty();
	}
}
