package io.trustbench.decoder.net;

/** Names of the ethertypes the decoder knows, for display only. */
final class EtherTypes {

	private EtherTypes() {
	}

	static String name(int type) {
		return switch (type) {
		case 0x0800 -> "IPv4";
		case 0x86dd -> "IPv6";
		case 0x0806 -> "ARP";
		case 0x8100 -> "802.1Q Virtual LAN";
		case 0x88a8 -> "802.1ad";
		default -> null;
		};
	}
}
