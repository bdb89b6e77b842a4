package io.trustbench.awsiot.emulator.internal.registry;

import java.util.List;

/**
 * One page of a listing. The marker is the position of the next item (AWS treats it as opaque,
 * so clients only ever hand back what they were given).
 */
public record Page<T>(List<T> items, String nextMarker) {

	public static <T> Page<T> of(List<T> all, String marker, Integer pageSize, int defaultSize, int maxSize) {
		int start = 0;
		if (marker != null && !marker.isEmpty()) {
			try {
				start = Integer.parseInt(marker);
			} catch (NumberFormatException e) {
				throw AwsException.invalidRequest("invalid marker/nextToken: " + marker);
			}
			if (start < 0 || start > all.size()) {
				throw AwsException.invalidRequest("invalid marker/nextToken: " + marker);
			}
		}
		int size = pageSize == null ? defaultSize : pageSize;
		if (size < 1 || size > maxSize) {
			throw AwsException.invalidRequest("page size must be between 1 and " + maxSize);
		}
		int end = Math.min(all.size(), start + size);
		return new Page<>(List.copyOf(all.subList(start, end)), end < all.size() ? Integer.toString(end) : null);
	}
}
