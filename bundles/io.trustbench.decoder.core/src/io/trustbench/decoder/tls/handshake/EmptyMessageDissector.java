package io.trustbench.decoder.tls.handshake;

import io.trustbench.decoder.ByteReader;
import io.trustbench.decoder.Dissector;
import io.trustbench.decoder.DissectorContext;
import io.trustbench.decoder.Field;
import io.trustbench.decoder.MalformedException;

/** Messages without a body: HelloRequest, ServerHelloDone, EndOfEarlyData. */
public final class EmptyMessageDissector implements Dissector {

	@Override
	public void dissect(DissectorContext context, ByteReader in, Field tree) {
		if (in.hasRemaining()) {
			throw new MalformedException("message should be empty but has " + in.remaining() + " bytes", in.position());
		}
	}
}
