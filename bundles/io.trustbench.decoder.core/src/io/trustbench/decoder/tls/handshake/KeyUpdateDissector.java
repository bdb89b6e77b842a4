package io.trustbench.decoder.tls.handshake;

import io.trustbench.decoder.ByteReader;
import io.trustbench.decoder.Dissector;
import io.trustbench.decoder.DissectorContext;
import io.trustbench.decoder.Field;
import io.trustbench.decoder.ValueFormat;

/** TLS 1.3 KeyUpdate: whether the peer should update too. The key change itself is the record layer's. */
public final class KeyUpdateDissector implements Dissector {

	@Override
	public void dissect(DissectorContext context, ByteReader in, Field tree) {
		in.uint(tree, 1, "tls.handshake.key_update.request_update", "Key Update Request", ValueFormat.DEC,
				v -> v == 0 ? "update_not_requested" : v == 1 ? "update_requested" : null);
	}
}
