package io.trustbench.decoder.capture;

/**
 * A packet as stored in a capture file: where its record starts in the file (for the packet
 * index), its interface's link type, time stamp in nanoseconds since the epoch, length on the
 * wire and the captured bytes.
 */
public record RawPacket(long fileOffset, int interfaceId, int linkType, long timestampNanos, int originalLength,
		byte[] data) {
}
