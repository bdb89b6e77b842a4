package io.trustbench.decoder.net;

import java.util.Arrays;

/**
 * The network-layer facts the transport dissectors need, stored in the dissector context. The
 * text forms are made on first use: flow tables key on the bytes, and most packets are never shown.
 */
public final class IpPacket {

	private final byte[] source;
	private final byte[] destination;
	private String sourceText;
	private String destinationText;

	/** @param source 4 (IPv4) or 16 (IPv6) bytes, as is {@code destination} */
	public IpPacket(byte[] source, byte[] destination) {
		this.source = source;
		this.destination = destination;
	}

	public byte[] source() {
		return source;
	}

	public byte[] destination() {
		return destination;
	}

	/** Dotted quad, or RFC 5952 text for IPv6. */
	public String sourceText() {
		if (sourceText == null) {
			sourceText = text(source);
		}
		return sourceText;
	}

	public String destinationText() {
		if (destinationText == null) {
			destinationText = text(destination);
		}
		return destinationText;
	}

	/** A key for flow tables: both addresses, byte for byte. */
	public boolean sameAddresses(IpPacket other) {
		return Arrays.equals(source, other.source) && Arrays.equals(destination, other.destination);
	}

	/** Adds {@code <prefix>.src} and {@code <prefix>.dst} (e.g. ip.src) at their header offsets. */
	void addFields(io.trustbench.decoder.Field header, io.trustbench.decoder.DataSource bytes, String prefix,
			int sourceOffset, int destinationOffset) {
		if (header.discards()) {
			return;
		}
		String src = sourceText();
		String dst = destinationText();
		header.add(new io.trustbench.decoder.Field(prefix + ".src", "Source Address: " + src, src, bytes, sourceOffset,
				source.length));
		header.add(new io.trustbench.decoder.Field(prefix + ".dst", "Destination Address: " + dst, dst, bytes,
				destinationOffset, destination.length));
	}

	private static String text(byte[] address) {
		return address.length == 4 ? Ipv4Dissector.text(address) : Ipv6Dissector.text(address);
	}
}
