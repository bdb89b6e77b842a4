package io.trustbench.decoder.ui.internal.filter;

/** A display filter that does not parse; the message names the problem and where it is. */
public final class FilterSyntaxException extends Exception {

	private static final long serialVersionUID = 1L;
	private final int position;

	public FilterSyntaxException(String message, int position) {
		super(message);
		this.position = position;
	}

	/** Character index in the filter text where the problem was found. */
	public int position() {
		return position;
	}
}
