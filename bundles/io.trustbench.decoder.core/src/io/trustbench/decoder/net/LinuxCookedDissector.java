package io.trustbench.decoder.net;

import io.trustbench.decoder.ByteReader;
import io.trustbench.decoder.Dissector;
import io.trustbench.decoder.DissectorContext;
import io.trustbench.decoder.Field;
import io.trustbench.decoder.ValueFormat;

/** Linux "cooked" capture headers: SLL (v1, 16 bytes) and SLL2 (v2, 20 bytes). */
public final class LinuxCookedDissector implements Dissector {

	private final boolean version2;

	public LinuxCookedDissector(boolean version2) {
		this.version2 = version2;
	}

	@Override
	public void dissect(DissectorContext context, ByteReader in, Field tree) {
		int protocol;
		if (version2) {
			Field sll = in.subtree(tree, "sll", "Linux cooked capture v2", 20);
			protocol = in.uint(sll, 2, "sll.etype", "Protocol", ValueFormat.HEX, EtherTypes::name);
			in.skip(2);
			in.uint(sll, 4, "sll.ifindex", "Interface index", ValueFormat.DEC);
			in.uint(sll, 2, "sll.hatype", "Link-layer address type", ValueFormat.DEC);
			in.uint(sll, 1, "sll.pkttype", "Packet type", ValueFormat.DEC);
			int addressLength = in.uint(sll, 1, "sll.halen", "Link-layer address length", ValueFormat.DEC);
			in.bytesField(sll, 8, "sll.src.eth", "Source");
			if (addressLength > 8) {
				context.frame().setInfo("bad link-layer address length " + addressLength);
			}
		} else {
			Field sll = in.subtree(tree, "sll", "Linux cooked capture v1", 16);
			in.uint(sll, 2, "sll.pkttype", "Packet type", ValueFormat.DEC);
			in.uint(sll, 2, "sll.hatype", "Link-layer address type", ValueFormat.DEC);
			in.uint(sll, 2, "sll.halen", "Link-layer address length", ValueFormat.DEC);
			in.bytesField(sll, 8, "sll.src.eth", "Source");
			protocol = in.uint(sll, 2, "sll.etype", "Protocol", ValueFormat.HEX, EtherTypes::name);
		}
		context.dispatch(LinkLayers.ETHERTYPE, LinkLayers.ethertype(protocol), in, tree);
	}
}
