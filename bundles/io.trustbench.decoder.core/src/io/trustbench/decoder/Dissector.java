package io.trustbench.decoder;

/**
 * Decodes one protocol unit into fields. Contributed through the extension point
 * {@code io.trustbench.decoder.dissectors} (or registered as a built-in), keyed by the parent
 * protocol and a discriminator, e.g. ({@code tls.handshake}, {@code 11}) or ({@code tls.port},
 * {@code 8883}). Throwing (for example {@link MalformedException}) is safe: the caller adds a
 * malformed field at the reader's position and carries on with the next unit.
 */
public interface Dissector {

	/**
	 * @param context the frame being decoded and the state of the enclosing protocols
	 * @param in      the unit's bytes, positioned at its start and limited to its end
	 * @param tree    the node to add fields under
	 */
	void dissect(DissectorContext context, ByteReader in, Field tree);
}
