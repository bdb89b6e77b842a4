package io.trustbench.decoder.net;

import java.util.Arrays;

/** The network-layer facts the transport dissectors need, stored in the dissector context. */
public record IpPacket(byte[] source, byte[] destination, String sourceText, String destinationText) {

	/** A key for flow tables: both addresses, byte for byte. */
	public boolean sameAddresses(IpPacket other) {
		return Arrays.equals(source, other.source) && Arrays.equals(destination, other.destination);
	}
}
