package io.trustbench.decoder.net;

import io.trustbench.decoder.ByteReader;
import io.trustbench.decoder.Dissector;
import io.trustbench.decoder.DissectorContext;
import io.trustbench.decoder.Field;
import io.trustbench.decoder.ValueFormat;

/** UDP; the payload goes to the dissector for the destination port, else the source port. */
public final class UdpDissector implements Dissector {

	/** Parent protocol for UDP payload dissectors; discriminator: the port in decimal. */
	public static final String PORT = "udp.port";

	/** The ports of the datagram being decoded, for payload dissectors that track flows. */
	public record Ports(int source, int destination) {
	}

	@Override
	public void dissect(DissectorContext context, ByteReader in, Field tree) {
		Field udp = in.subtree(tree, "udp", "User Datagram Protocol", 8);
		int source = in.uint(udp, 2, "udp.srcport", "Source Port", ValueFormat.DEC);
		int destination = in.uint(udp, 2, "udp.dstport", "Destination Port", ValueFormat.DEC);
		int length = in.uint(udp, 2, "udp.length", "Length", ValueFormat.DEC);
		in.uint(udp, 2, "udp.checksum", "Checksum", ValueFormat.HEX);
		context.frame().setProtocol("UDP");
		context.frame().setInfo(source + " → " + destination + " Len=" + Math.max(0, length - 8));
		ByteReader payload = in.slice(Math.max(0, Math.min(in.remaining(), length - 8)), "UDP payload");
		context.put(Ports.class, new Ports(source, destination));
		if (!context.dispatch(PORT, destination, payload, tree)) {
			context.dispatch(PORT, source, payload, tree);
		}
	}
}
