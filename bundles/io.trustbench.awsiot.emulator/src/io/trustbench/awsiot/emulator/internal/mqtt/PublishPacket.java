package io.trustbench.awsiot.emulator.internal.mqtt;

import java.util.Arrays;

/** The parts of a PUBLISH the front needs: topic, QoS, packet id and payload. */
public record PublishPacket(String topic, int qos, int packetId, byte[] payload) {

	public static PublishPacket parse(MqttFrame frame) throws MalformedPacketException {
		int qos = (frame.flags() >>> 1) & 0x03;
		if (qos == 3) {
			throw new MalformedPacketException("PUBLISH with QoS 3");
		}
		PacketCursor c = new PacketCursor(frame.bytes(), frame.bodyOffset());
		String topic = c.string();
		if (topic.isEmpty() || topic.contains("+") || topic.contains("#")) {
			throw new MalformedPacketException("invalid PUBLISH topic '" + topic + "'");
		}
		int packetId = qos > 0 ? c.u16() : 0;
		byte[] payload = Arrays.copyOfRange(frame.bytes(), c.position(), frame.bytes().length);
		return new PublishPacket(topic, qos, packetId, payload);
	}
}
