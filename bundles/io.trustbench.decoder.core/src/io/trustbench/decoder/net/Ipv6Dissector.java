package io.trustbench.decoder.net;

import io.trustbench.decoder.ByteReader;
import io.trustbench.decoder.DecodeStatistics;
import io.trustbench.decoder.Dissector;
import io.trustbench.decoder.DissectorContext;
import io.trustbench.decoder.Field;
import io.trustbench.decoder.ValueFormat;

/** IPv6 with its extension-header chain; fragments are counted, not reassembled. */
public final class Ipv6Dissector implements Dissector {

	private static final int HOP_BY_HOP = 0;
	private static final int ROUTING = 43;
	private static final int FRAGMENT = 44;
	private static final int DESTINATION = 60;

	@Override
	public void dissect(DissectorContext context, ByteReader in, Field tree) {
		int start = in.position();
		Field ip = in.subtree(tree, "ipv6", "Internet Protocol Version 6", 40);
		in.uint(ip, 4, "ipv6.flow", "Version, Traffic Class, Flow Label", ValueFormat.HEX);
		int payloadLength = in.uint(ip, 2, "ipv6.plen", "Payload Length", ValueFormat.DEC);
		int next = in.uint(ip, 1, "ipv6.nxt", "Next Header", ValueFormat.DEC, IpProtocols::name);
		in.uint(ip, 1, "ipv6.hlim", "Hop Limit", ValueFormat.DEC);
		byte[] src = in.bytes(16);
		byte[] dst = in.bytes(16);
		IpPacket packet = new IpPacket(src, dst);
		packet.addFields(ip, in.source(), "ipv6", start + 8, start + 24);
		context.frame().setAddresses(packet);
		context.frame().setProtocol("IPv6");
		int end = Math.min(in.limit(), in.position() + payloadLength);
		if (payloadLength == 0) {
			end = in.limit(); // jumbogram or TSO
		}
		ByteReader payload = in.slice(end - in.position(), "IPv6 payload");
		for (int guard = 0; guard < 16; guard++) {
			if (next == HOP_BY_HOP || next == ROUTING || next == DESTINATION) {
				int headerStart = payload.position();
				int following = payload.u8();
				int length = (payload.u8() + 1) * 8;
				payload.skip(length - 2);
				ip.add(new Field("ipv6.opt", "Extension header " + next, null, in.source(), headerStart, length));
				next = following;
			} else if (next == FRAGMENT) {
				int headerStart = payload.position();
				int following = payload.u8();
				payload.skip(1);
				int offsetFlags = payload.u16();
				payload.skip(4);
				if ((offsetFlags & 0xfff9) != 0) {
					ip.add(new Field("ipv6.fragment", "Fragment (offset " + (offsetFlags & 0xfff8) + ", not reassembled)",
							null, in.source(), headerStart, 8));
					context.get(DecodeStatistics.class).ipFragments++;
					context.frame().setInfo("IPv6 fragment (nxt=" + following + ")");
					return;
				}
				next = following;
			} else {
				break;
			}
		}
		context.put(IpPacket.class, packet);
		context.dispatch(LinkLayers.IP_PROTO, next, payload, tree);
	}

	/** RFC 5952 text: lower-case hex, longest run (two or more) of zero groups as "::". */
	static String text(byte[] a) {
		int[] groups = new int[8];
		for (int i = 0; i < 8; i++) {
			groups[i] = ((a[2 * i] & 0xff) << 8) | (a[2 * i + 1] & 0xff);
		}
		int bestStart = -1;
		int bestLength = 1;
		for (int i = 0; i < 8;) {
			int j = i;
			while (j < 8 && groups[j] == 0) {
				j++;
			}
			if (j - i > bestLength) {
				bestStart = i;
				bestLength = j - i;
			}
			i = j == i ? i + 1 : j;
		}
		StringBuilder sb = new StringBuilder(39);
		for (int i = 0; i < 8; i++) {
			if (i == bestStart) {
				sb.append("::");
				i += bestLength - 1;
				continue;
			}
			if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
				sb.append(':');
			}
			sb.append(Integer.toHexString(groups[i]));
		}
		return sb.toString();
	}
}
