package io.trustbench.decoder.net;

import io.trustbench.decoder.ByteReader;
import io.trustbench.decoder.Dissector;
import io.trustbench.decoder.DissectorContext;
import io.trustbench.decoder.Field;

/**
 * BSD loopback (LINKTYPE_NULL, address family in the capturing host's byte order, so both are
 * tried) and OpenBSD LOOP (network byte order).
 */
public final class LoopbackDissector implements Dissector {

	private final boolean networkOrder;

	public LoopbackDissector(boolean networkOrder) {
		this.networkOrder = networkOrder;
	}

	@Override
	public void dissect(DissectorContext context, ByteReader in, Field tree) {
		int start = in.position();
		long big = in.u32();
		long family = networkOrder || (big & 0xffff) != 0 ? big : Long.reverseBytes(big) >>> 32;
		String name = family == 2 ? "IPv4" : (family == 24 || family == 28 || family == 30) ? "IPv6" : null;
		Field nul = tree.add(new Field("null", "Null/Loopback", null, in.source(), start, 4));
		nul.add(new Field("null.family", "Family: " + (name == null ? "Unknown" : name) + " (" + family + ")",
				Long.toString(family), in.source(), start, 4));
		if (name != null) {
			context.dispatch(LinkLayers.ETHERTYPE, LinkLayers.ethertype(name.equals("IPv4") ? 0x0800 : 0x86dd), in, tree);
		}
	}
}
