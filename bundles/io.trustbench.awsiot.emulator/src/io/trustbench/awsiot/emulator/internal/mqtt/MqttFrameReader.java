package io.trustbench.awsiot.emulator.internal.mqtt;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads MQTT packets off a stream: fixed header, variable-length "remaining length" (at most four
 * bytes), then exactly that many bytes, refusing types 0 and 15 and packets above a size limit so a
 * hostile peer can neither desynchronise the proxy nor make it allocate without bound.
 */
public final class MqttFrameReader {

	private final InputStream in;
	private final int maxPacket;

	public MqttFrameReader(InputStream in, int maxPacket) {
		this.in = in;
		this.maxPacket = maxPacket;
	}

	/** The next packet, or null on a clean end of stream between packets. */
	public MqttFrame read() throws IOException {
		int first = in.read();
		if (first < 0) {
			return null;
		}
		int type = first >>> 4;
		if (type == 0 || type == 15) {
			throw new MalformedPacketException("reserved packet type " + type);
		}
		int length = 0;
		int multiplier = 1;
		byte[] header = new byte[5];
		header[0] = (byte) first;
		int headerLength = 1;
		while (true) {
			int b = in.read();
			if (b < 0) {
				throw new EOFException("connection closed inside a packet header");
			}
			header[headerLength++] = (byte) b;
			length += (b & 0x7F) * multiplier;
			if ((b & 0x80) == 0) {
				break;
			}
			if (headerLength == 5) {
				throw new MalformedPacketException("remaining length longer than four bytes");
			}
			multiplier *= 128;
		}
		if (length > maxPacket) {
			throw new MalformedPacketException("packet of " + length + " bytes exceeds the limit of " + maxPacket);
		}
		byte[] bytes = new byte[headerLength + length];
		System.arraycopy(header, 0, bytes, 0, headerLength);
		int read = in.readNBytes(bytes, headerLength, length);
		if (read < length) {
			throw new EOFException("connection closed inside a packet");
		}
		return new MqttFrame(type, first & 0x0F, bytes, headerLength);
	}
}
