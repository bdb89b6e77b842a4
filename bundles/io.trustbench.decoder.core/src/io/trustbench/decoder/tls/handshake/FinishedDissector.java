package io.trustbench.decoder.tls.handshake;

import io.trustbench.decoder.ByteReader;
import io.trustbench.decoder.Dissector;
import io.trustbench.decoder.DissectorContext;
import io.trustbench.decoder.Field;

/** Finished: the verify data (12 bytes in TLS 1.2, the hash length in TLS 1.3). */
public final class FinishedDissector implements Dissector {

	@Override
	public void dissect(DissectorContext context, ByteReader in, Field tree) {
		int start = in.position();
		String hex = java.util.HexFormat.of().formatHex(in.bytes(in.remaining()));
		// Wireshark's field is FT_NONE, which tshark prints as "1"
		tree.add(new Field("tls.handshake.verify_data", "Verify Data: " + hex, "1", in.source(), start, in.position() - start));
	}
}
