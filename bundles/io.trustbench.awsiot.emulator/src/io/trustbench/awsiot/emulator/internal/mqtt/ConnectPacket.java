package io.trustbench.awsiot.emulator.internal.mqtt;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * An MQTT 3.1/3.1.1 CONNECT, parsed strictly, and re-encoded with the credentials the front gives
 * the embedded broker (the device's own username/password are not used: AWS IoT authenticates the
 * device by its certificate).
 */
public record ConnectPacket(String protocolName, int level, int flags, int keepAlive, String clientId, String willTopic,
		byte[] willMessage) {

	public static ConnectPacket parse(MqttFrame frame) throws MalformedPacketException {
		if (frame.type() != MqttFrame.CONNECT || frame.flags() != 0) {
			throw new MalformedPacketException("first packet is not a CONNECT");
		}
		PacketCursor c = new PacketCursor(frame.bytes(), frame.bodyOffset());
		String protocol = c.string();
		int level = c.u8();
		if (!(protocol.equals("MQTT") && (level == 4 || level == 5)) && !(protocol.equals("MQIsdp") && level == 3)) {
			throw new MalformedPacketException("unknown protocol " + protocol + " level " + level);
		}
		int flags = c.u8();
		if ((flags & 0x01) != 0) {
			throw new MalformedPacketException("reserved CONNECT flag set");
		}
		int keepAlive = c.u16();
		if (level == 5) {
			return new ConnectPacket(protocol, level, flags, keepAlive, "", null, null);
		}
		String clientId = c.string();
		String willTopic = null;
		byte[] willMessage = null;
		boolean will = (flags & 0x04) != 0;
		if (will) {
			willTopic = c.string();
			willMessage = c.binary();
		} else if ((flags & 0x38) != 0) {
			throw new MalformedPacketException("will QoS/retain set without a will");
		}
		if ((flags & 0x18) == 0x18) {
			throw new MalformedPacketException("will QoS 3");
		}
		if ((flags & 0x80) != 0) {
			c.string();
		}
		if ((flags & 0x40) != 0) {
			c.binary();
		}
		if (c.remaining() != 0) {
			throw new MalformedPacketException("trailing bytes after CONNECT payload");
		}
		return new ConnectPacket(protocol, level, flags, keepAlive, clientId, willTopic, willMessage);
	}

	public boolean cleanSession() {
		return (flags & 0x02) != 0;
	}

	/** This CONNECT with {@code username}/{@code password} replacing whatever the device sent. */
	public byte[] encodeWithCredentials(String username, String password) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		writeString(body, protocolName);
		body.write(level);
		int newFlags = (flags & 0x3E) | 0x80 | 0x40;
		body.write(newFlags);
		body.write(keepAlive >>> 8);
		body.write(keepAlive & 0xFF);
		writeString(body, clientId);
		if (willTopic != null) {
			writeString(body, willTopic);
			writeBinary(body, willMessage);
		}
		writeString(body, username);
		writeString(body, password);
		return MqttPackets.frame(0x10, body.toByteArray());
	}

	private static void writeString(ByteArrayOutputStream out, String s) {
		writeBinary(out, s.getBytes(StandardCharsets.UTF_8));
	}

	private static void writeBinary(ByteArrayOutputStream out, byte[] b) {
		out.write(b.length >>> 8);
		out.write(b.length & 0xFF);
		out.write(b, 0, b.length);
	}
}
