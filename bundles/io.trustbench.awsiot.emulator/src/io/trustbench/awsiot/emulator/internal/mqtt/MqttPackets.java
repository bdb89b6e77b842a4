package io.trustbench.awsiot.emulator.internal.mqtt;

import java.io.ByteArrayOutputStream;

/** Builds the few packets the front itself sends. */
public final class MqttPackets {

	private MqttPackets() {
	}

	public static byte[] frame(int firstByte, byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(firstByte);
		int length = body.length;
		do {
			int digit = length % 128;
			length /= 128;
			out.write(length > 0 ? digit | 0x80 : digit);
		} while (length > 0);
		out.write(body, 0, body.length);
		return out.toByteArray();
	}

	public static byte[] connack(int returnCode) {
		return new byte[] { 0x20, 0x02, 0x00, (byte) returnCode };
	}

	public static byte[] puback(int packetId) {
		return new byte[] { 0x40, 0x02, (byte) (packetId >>> 8), (byte) packetId };
	}
}
