package io.trustbench.decoder.net;

/** Names of IP protocol numbers, for display only. */
final class IpProtocols {

	private IpProtocols() {
	}

	static String name(int protocol) {
		return switch (protocol) {
		case 1 -> "ICMP";
		case 6 -> "TCP";
		case 17 -> "UDP";
		case 58 -> "ICMPv6";
		default -> null;
		};
	}
}
