package io.trustbench.awsiot.emulator.internal.mqtt;

/** One MQTT control packet as read from the wire: type, flags, and every byte (header included). */
public record MqttFrame(int type, int flags, byte[] bytes, int bodyOffset) {

	public static final int CONNECT = 1;
	public static final int CONNACK = 2;
	public static final int PUBLISH = 3;
	public static final int PUBACK = 4;
	public static final int SUBSCRIBE = 8;
	public static final int DISCONNECT = 14;

	public int bodyLength() {
		return bytes.length - bodyOffset;
	}
}
