package io.trustbench.decoder.app.mqtt;

import io.trustbench.decoder.ByteReader;
import io.trustbench.decoder.Dissector;
import io.trustbench.decoder.DissectorContext;
import io.trustbench.decoder.Field;
import io.trustbench.decoder.MalformedException;
import io.trustbench.decoder.ValueFormat;

/**
 * MQTT 3.1.1 control packets (OASIS mqtt-v3.1.1 §2–3) in decrypted TLS application data, with
 * Wireshark's field names. Contributed through the dissector extension point for
 * (tls.port, 8883) and (tls.alpn, x-amzn-mqtt-ca). A record may hold several packets; a packet
 * continued in the next record is shown as a fragment (no reassembly across records).
 */
public final class MqttDissector implements Dissector {

	private static final String[] TYPES = { "Reserved", "Connect Command", "Connect Ack", "Publish Message",
			"Publish Ack", "Publish Received", "Publish Release", "Publish Complete", "Subscribe Request",
			"Subscribe Ack", "Unsubscribe Request", "Unsubscribe Ack", "Ping Request", "Ping Response", "Disconnect Req",
			"Authentication" };

	@Override
	public void dissect(DissectorContext context, ByteReader in, Field tree) {
		while (in.hasRemaining()) {
			int start = in.position();
			Field mqtt = tree.add(new Field("mqtt", "MQ Telemetry Transport Protocol", "mqtt", in.source(), start,
					in.remaining()));
			int flags = in.peekU8(0);
			int type = flags >> 4;
			in.uint(mqtt, 1, "mqtt.hdrflags", "Header Flags", ValueFormat.HEX);
			mqtt.add(new Field("mqtt.msgtype", "Message Type: " + TYPES[type] + " (" + type + ")", Integer.toString(type),
					in.source(), start, 1));
			long length = remainingLength(in);
			mqtt.add(new Field("mqtt.len", "Msg Len: " + length, Long.toString(length), in.source(), start + 1,
					in.position() - start - 1));
			mqtt.setDisplay("MQ Telemetry Transport Protocol, " + TYPES[type]);
			if (length > in.remaining()) {
				mqtt.add(new Field("", "[Packet continues in the next record: " + (length - in.remaining())
						+ " bytes not here]", null, in.source(), in.position(), in.remaining()));
				in.skip(in.remaining());
				return;
			}
			ByteReader body = in.slice((int) length, "MQTT packet");
			String info = TYPES[type] + body(type, flags, body, mqtt);
			mqtt.setDisplay("MQ Telemetry Transport Protocol, " + info);
			context.frame().setProtocol("MQTT");
			context.frame().appendInfo(info, !context.frame().infoIsTls());
			context.frame().markInfoTls();
		}
	}

	/** Decodes the variable header and payload; returns extra info text. */
	private static String body(int type, int flags, ByteReader in, Field mqtt) {
		switch (type) {
		case 1 -> connect(in, mqtt);
		case 2 -> {
			in.uint(mqtt, 1, "mqtt.conack.flags", "Acknowledge Flags", ValueFormat.HEX);
			in.uint(mqtt, 1, "mqtt.conack.val", "Return Code", ValueFormat.DEC);
		}
		case 3 -> {
			int qos = (flags >> 1) & 3;
			mqtt.add(new Field("mqtt.qos", "QoS Level: " + qos, Integer.toString(qos), in.source(), in.position() - 2, 1));
			String topic = string(in, mqtt, "mqtt.topic", "Topic");
			String id = "";
			if (qos > 0) {
				id = " (id=" + in.uint(mqtt, 2, "mqtt.msgid", "Message Identifier", ValueFormat.DEC) + ")";
			}
			if (in.hasRemaining()) {
				in.bytesField(mqtt, in.remaining(), "mqtt.msg", "Message");
			}
			return id + " [" + topic + "]";
		}
		case 4, 5, 6, 7, 11 -> {
			return " (id=" + in.uint(mqtt, 2, "mqtt.msgid", "Message Identifier", ValueFormat.DEC) + ")";
		}
		case 8, 10 -> {
			int id = in.uint(mqtt, 2, "mqtt.msgid", "Message Identifier", ValueFormat.DEC);
			StringBuilder topics = new StringBuilder();
			while (in.hasRemaining()) {
				topics.append(topics.length() == 0 ? "" : ", ").append(string(in, mqtt, "mqtt.topic", "Topic"));
				if (type == 8) {
					in.uint(mqtt, 1, "mqtt.sub.qos", "Requested QoS", ValueFormat.DEC);
				}
			}
			return " (id=" + id + ") [" + topics + "]";
		}
		case 9 -> {
			int id = in.uint(mqtt, 2, "mqtt.msgid", "Message Identifier", ValueFormat.DEC);
			while (in.hasRemaining()) {
				in.uint(mqtt, 1, "mqtt.suback.qos", "Granted QoS", ValueFormat.DEC);
			}
			return " (id=" + id + ")";
		}
		case 12, 13, 14 -> {
			if (in.hasRemaining()) {
				throw new MalformedException("packet type " + type + " has no body", in.position());
			}
		}
		default -> {
			if (in.hasRemaining()) {
				in.bytesField(mqtt, in.remaining(), "", "Data");
			}
		}
		}
		return "";
	}

	private static void connect(ByteReader in, Field mqtt) {
		string(in, mqtt, "mqtt.protoname", "Protocol Name", "mqtt.proto_len");
		int version = in.uint(mqtt, 1, "mqtt.ver", "Version", ValueFormat.DEC);
		int flags = in.uint(mqtt, 1, "mqtt.conflags", "Connect Flags", ValueFormat.HEX);
		in.uint(mqtt, 2, "mqtt.kalive", "Keep Alive", ValueFormat.DEC);
		if (version == 5) {
			int properties = (int) remainingLength(in);
			in.skip(properties);
		}
		string(in, mqtt, "mqtt.clientid", "Client ID", "mqtt.clientid_len");
		if ((flags & 0x04) != 0) {
			string(in, mqtt, "mqtt.willtopic", "Will Topic", "mqtt.willtopic_len");
			int length = in.uint(mqtt, 2, "mqtt.willmsg_len", "Will Message Length", ValueFormat.DEC);
			in.bytesField(mqtt, length, "mqtt.willmsg", "Will Message");
		}
		if ((flags & 0x80) != 0) {
			string(in, mqtt, "mqtt.username", "User Name", "mqtt.username_len");
		}
		if ((flags & 0x40) != 0) {
			string(in, mqtt, "mqtt.passwd", "Password", "mqtt.passwd_len");
		}
	}

	private static String string(ByteReader in, Field mqtt, String name, String label) {
		return string(in, mqtt, name, label, name + "_len");
	}

	private static String string(ByteReader in, Field mqtt, String name, String label, String lengthName) {
		int length = in.uint(mqtt, 2, lengthName, label + " Length", ValueFormat.DEC);
		return in.stringField(mqtt, length, name, label);
	}

	/** The variable-length "remaining length" (at most four bytes). */
	static long remainingLength(ByteReader in) {
		long value = 0;
		for (int i = 0; i < 4; i++) {
			int b = in.u8();
			value |= (long) (b & 0x7f) << (7 * i);
			if ((b & 0x80) == 0) {
				return value;
			}
		}
		throw new MalformedException("remaining length longer than four bytes", in.position() - 1);
	}
}
