package io.trustbench.decoder;

/**
 * One row of the packet list: number (from 1, as tshark counts), seconds since the first packet,
 * addresses, the highest protocol and Wireshark-style info text.
 */
public record PacketSummary(int number, double relativeTime, String source, String destination,
		String protocol, int length, String info) {
}
