package io.trustbench.decoder.tls.extension;

import io.trustbench.decoder.ByteReader;
import io.trustbench.decoder.Dissector;
import io.trustbench.decoder.DissectorContext;
import io.trustbench.decoder.Field;
import io.trustbench.decoder.ValueFormat;
import io.trustbench.decoder.MalformedException;

/** Flag extensions that must be empty: extended_master_secret, encrypt_then_mac, post_handshake_auth. */
public final class EmptyExtension implements Dissector {

	@Override
	public void dissect(DissectorContext context, ByteReader in, Field tree) {
		if (in.hasRemaining()) {
			throw new MalformedException("extension should be empty", in.position());
		}
	}
}
