package io.trustbench.decoder.net;

import io.trustbench.decoder.ByteReader;
import io.trustbench.decoder.Dissector;
import io.trustbench.decoder.DissectorContext;
import io.trustbench.decoder.Field;
import io.trustbench.decoder.ValueFormat;

/** Ethernet II with optional 802.1Q/802.1ad tags; hands the payload on by ethertype. */
public final class EthernetDissector implements Dissector {

	@Override
	public void dissect(DissectorContext context, ByteReader in, Field tree) {
		Field eth = in.subtree(tree, "eth", "Ethernet II", 14);
		byte[] dst = in.bytes(6);
		byte[] src = in.bytes(6);
		if (!eth.discards()) {
			eth.add(new Field("eth.dst", () -> "Destination: " + mac(dst), () -> mac(dst), in.source(), in.position() - 12, 6));
			eth.add(new Field("eth.src", () -> "Source: " + mac(src), () -> mac(src), in.source(), in.position() - 6, 6));
		}
		int type = in.uint(eth, 2, "eth.type", "Type", ValueFormat.HEX, EtherTypes::name);
		while ((type == 0x8100 || type == 0x88a8) && in.remaining() >= 4) {
			Field vlan = in.subtree(tree, "vlan", "802.1Q Virtual LAN", 4);
			in.uint(vlan, 2, "vlan.id", "ID", ValueFormat.DEC);
			type = in.uint(vlan, 2, "vlan.etype", "Type", ValueFormat.HEX, EtherTypes::name);
		}
		if (!context.dispatch(LinkLayers.ETHERTYPE, LinkLayers.ethertype(type), in, tree)) {
			context.frame().setProtocol("Ethernet");
		}
	}

	static String mac(byte[] b) {
		StringBuilder sb = new StringBuilder(17);
		for (int i = 0; i < b.length; i++) {
			if (i > 0) {
				sb.append(':');
			}
			sb.append(Character.forDigit((b[i] >> 4) & 0xf, 16)).append(Character.forDigit(b[i] & 0xf, 16));
		}
		return sb.toString();
	}
}
