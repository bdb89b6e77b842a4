package io.trustbench.decoder.tcp;

import io.trustbench.decoder.DataSource;
import io.trustbench.decoder.DissectorContext;

/**
 * Receives one direction of a TCP connection as in-order bytes. Each call happens while the frame
 * that completed those bytes is being decoded ({@code context.frame()}), so a PDU that ends in a
 * call belongs to that frame, as in Wireshark.
 */
public interface StreamConsumer {

	/** Next bytes of the stream, {@code source.bytes()[offset..offset+length)}. */
	void data(DissectorContext context, DataSource source, int offset, int length);

	/** Bytes the capture never saw; what follows does not continue what came before. */
	void gap(DissectorContext context, long missingBytes);
}
