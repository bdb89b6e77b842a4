package io.trustbench.decoder.net;

import io.trustbench.decoder.ByteReader;
import io.trustbench.decoder.Dissector;
import io.trustbench.decoder.DissectorContext;
import io.trustbench.decoder.Field;

/** Raw IP link types: the version nibble of the first byte says IPv4 or IPv6. */
public final class RawIpDissector implements Dissector {

	@Override
	public void dissect(DissectorContext context, ByteReader in, Field tree) {
		int version = in.peekU8(0) >> 4;
		if (version == 4) {
			context.dispatch(LinkLayers.ETHERTYPE, LinkLayers.ethertype(0x0800), in, tree);
		} else if (version == 6) {
			context.dispatch(LinkLayers.ETHERTYPE, LinkLayers.ethertype(0x86dd), in, tree);
		} else {
			context.malformed(tree, in.source(), in.position(), "raw packet is neither IPv4 nor IPv6");
		}
	}
}
