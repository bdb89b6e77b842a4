package io.trustbench.decoder.ui.internal.filter;

import java.util.function.Predicate;

import io.trustbench.decoder.DecodedFrame;

/**
 * Compiles display filters ({@code tls.handshake.type == 1}, {@code tls && tcp.port == 8883}) to
 * frame predicates. The editor's own small evaluator until the decoder core exports one (its
 * manifest reserves {@code io.trustbench.decoder.filter}); only this class would change then.
 */
public final class DisplayFilters {

	private DisplayFilters() {
	}

	public static Predicate<DecodedFrame> compile(String text) throws FilterSyntaxException {
		if (text == null || text.isBlank()) {
			throw new FilterSyntaxException("the filter is empty", 0);
		}
		return FilterParser.parse(text);
	}
}
