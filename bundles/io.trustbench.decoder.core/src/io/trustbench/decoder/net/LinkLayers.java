package io.trustbench.decoder.net;

import io.trustbench.decoder.ValueFormat;

/** Parent-protocol names and link-type numbers used as registry keys by the lower layers. */
public final class LinkLayers {

	/** Parent protocol for link-layer dissectors; the discriminator is the pcap LINKTYPE number. */
	public static final String LINKTYPE = "frame.linktype";
	/** Parent protocol for network-layer dissectors; the discriminator is the ethertype as 0x%04x. */
	public static final String ETHERTYPE = "ethertype";
	/** Parent protocol for transport dissectors; the discriminator is the IP protocol number. */
	public static final String IP_PROTO = "ip.proto";

	public static final int NULL = 0;
	public static final int ETHERNET = 1;
	public static final int RAW_BSD = 12;
	public static final int RAW_OPENBSD = 14;
	public static final int RAW = 101;
	public static final int LOOP = 108;
	public static final int LINUX_SLL = 113;
	public static final int IPV4 = 228;
	public static final int IPV6 = 229;
	public static final int LINUX_SLL2 = 276;

	private LinkLayers() {
	}

	/** Registry discriminator of an ethertype ({@code 0x0800}); the two IP ones are shared, as they come with every packet. */
	public static String ethertype(int type) {
		return switch (type) {
		case 0x0800 -> "0x0800";
		case 0x86dd -> "0x86dd";
		default -> ValueFormat.hex(type, 2);
		};
	}
}
