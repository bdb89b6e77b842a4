package io.trustbench.decoder.stats;

import io.trustbench.decoder.net.LinkLayers;

/**
 * A hash of a packet's unordered (address, port) pair, equal for every packet of one TCP
 * connection or UDP flow in either direction, so that connections can be spread over threads
 * without ever splitting one. Reads headers at fixed places only, never fails: what it cannot
 * parse (other link types, truncated headers, IP fragments, other protocols) hashes by whatever
 * it found, which is still a pure function of the packet.
 */
final class FlowHash {

	private static final int ETHERTYPE_IPV4 = 0x0800;
	private static final int ETHERTYPE_IPV6 = 0x86dd;
	private static final int TCP = 6;
	private static final int UDP = 17;

	private FlowHash() {
	}

	static int of(int linkType, byte[] b) {
		int ip = ipOffset(linkType, b);
		if (ip < 0 || ip >= b.length) {
			return 0;
		}
		int version = (b[ip] & 0xff) >> 4;
		if (version == 4 && ip + 20 <= b.length) {
			boolean fragment = (((b[ip + 6] & 0xff) << 8 | (b[ip + 7] & 0xff)) & 0x3fff) != 0;
			int transport = ip + (b[ip] & 0x0f) * 4;
			int protocol = b[ip + 9] & 0xff;
			return pair(b, ip + 12, ip + 16, 4, fragment ? -1 : transport, protocol);
		}
		if (version == 6 && ip + 40 <= b.length) {
			int next = b[ip + 6] & 0xff;
			int p = ip + 40;
			// hop-by-hop, routing and destination options precede the transport header
			while ((next == 0 || next == 43 || next == 60) && p + 2 <= b.length) {
				next = b[p] & 0xff;
				p += ((b[p + 1] & 0xff) + 1) * 8;
			}
			return pair(b, ip + 8, ip + 24, 16, next == 44 ? -1 : p, next);
		}
		return 0;
	}

	/** Where the IP header starts for this link type, or -1. */
	private static int ipOffset(int linkType, byte[] b) {
		switch (linkType) {
		case LinkLayers.ETHERNET -> {
			int p = 12;
			while (p + 2 <= b.length) {
				int type = u16(b, p);
				if (type != 0x8100 && type != 0x88a8) {
					return type == ETHERTYPE_IPV4 || type == ETHERTYPE_IPV6 ? p + 2 : -1;
				}
				p += 4; // VLAN tag
			}
			return -1;
		}
		case LinkLayers.NULL, LinkLayers.LOOP -> {
			return 4;
		}
		case LinkLayers.LINUX_SLL -> {
			return 16;
		}
		case LinkLayers.LINUX_SLL2 -> {
			return 20;
		}
		case LinkLayers.RAW, LinkLayers.RAW_BSD, LinkLayers.RAW_OPENBSD, LinkLayers.IPV4, LinkLayers.IPV6 -> {
			return 0;
		}
		default -> {
			return -1;
		}
		}
	}

	/** Symmetric in the two endpoints; ports only when the transport header is there. */
	private static int pair(byte[] b, int source, int destination, int addressLength, int transport, int protocol) {
		boolean ports = transport >= 0 && (protocol == TCP || protocol == UDP) && transport + 4 <= b.length;
		int a = endpoint(b, source, addressLength, ports ? u16(b, transport) : 0);
		int c = endpoint(b, destination, addressLength, ports ? u16(b, transport + 2) : 0);
		int h = (a + c) * 0x9e3779b9 ^ (a ^ c);
		return (h ^ (h >>> 16)) & 0x7fffffff;
	}

	private static int endpoint(byte[] b, int address, int length, int port) {
		int h = port * 31 + 17;
		for (int i = 0; i < length; i++) {
			h = h * 31 + b[address + i];
		}
		return h * 0x85ebca6b;
	}

	private static int u16(byte[] b, int p) {
		return ((b[p] & 0xff) << 8) | (b[p + 1] & 0xff);
	}
}
