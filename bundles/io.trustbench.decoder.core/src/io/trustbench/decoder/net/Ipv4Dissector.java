package io.trustbench.decoder.net;

import io.trustbench.decoder.ByteReader;
import io.trustbench.decoder.DecodeStatistics;
import io.trustbench.decoder.Dissector;
import io.trustbench.decoder.DissectorContext;
import io.trustbench.decoder.Field;
import io.trustbench.decoder.ValueFormat;

/**
 * IPv4. Fragments are counted and shown but not reassembled: only a first fragment that is also
 * the last (an unfragmented packet) goes on to the transport layer.
 */
public final class Ipv4Dissector implements Dissector {

	@Override
	public void dissect(DissectorContext context, ByteReader in, Field tree) {
		int start = in.position();
		int versionIhl = in.peekU8(0);
		int headerLength = (versionIhl & 0x0f) * 4;
		Field ip = in.subtree(tree, "ip", "Internet Protocol Version 4", headerLength);
		in.skip(1);
		if (!ip.discards()) {
			ip.add(new Field("ip.version", "Version: " + (versionIhl >> 4), Integer.toString(versionIhl >> 4), in.source(), start, 1));
			ip.add(new Field("ip.hdr_len", "Header Length: " + headerLength + " bytes", Integer.toString(headerLength), in.source(), start, 1));
		}
		if (headerLength < 20) {
			throw new io.trustbench.decoder.MalformedException("IPv4 header length " + headerLength + " is below 20", start);
		}
		in.uint(ip, 1, "ip.dsfield", "Differentiated Services Field", ValueFormat.HEX);
		int totalLength = in.uint(ip, 2, "ip.len", "Total Length", ValueFormat.DEC);
		in.uint(ip, 2, "ip.id", "Identification", ValueFormat.HEX);
		int flagsOffset = in.uint(ip, 2, "ip.flags", "Flags and Fragment Offset", ValueFormat.HEX);
		in.uint(ip, 1, "ip.ttl", "Time to Live", ValueFormat.DEC);
		int protocol = in.uint(ip, 1, "ip.proto", "Protocol", ValueFormat.DEC, IpProtocols::name);
		in.uint(ip, 2, "ip.checksum", "Header Checksum", ValueFormat.HEX);
		byte[] src = in.bytes(4);
		byte[] dst = in.bytes(4);
		IpPacket packet = new IpPacket(src, dst);
		packet.addFields(ip, in.source(), "ip", start + 12, start + 16);
		in.skip(headerLength - 20);
		context.frame().setAddresses(packet);
		context.frame().setProtocol("IPv4");
		boolean moreFragments = (flagsOffset & 0x2000) != 0;
		int fragmentOffset = flagsOffset & 0x1fff;
		int payload = Math.min(in.remaining(), Math.max(0, totalLength - headerLength));
		if (totalLength < headerLength) {
			payload = in.remaining(); // TSO captures write 0 here
		}
		if (moreFragments || fragmentOffset != 0) {
			ip.add(new Field("ip.fragment", "Fragment (offset " + fragmentOffset * 8 + ", not reassembled)", null,
					in.source(), in.position(), payload));
			context.get(DecodeStatistics.class).ipFragments++;
			context.frame().setInfo("Fragmented IP protocol (proto=" + protocol + ", off=" + fragmentOffset * 8 + ")");
			return;
		}
		context.put(IpPacket.class, packet);
		context.dispatch(LinkLayers.IP_PROTO, protocol, in.slice(payload, "IPv4 payload"), tree);
	}

	static String text(byte[] a) {
		return (a[0] & 0xff) + "." + (a[1] & 0xff) + "." + (a[2] & 0xff) + "." + (a[3] & 0xff);
	}
}
