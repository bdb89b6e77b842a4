package io.trustbench.awsiot.emulator.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.trustbench.awsiot.emulator.internal.mqtt.ConnectPacket;
import io.trustbench.awsiot.emulator.internal.mqtt.MalformedPacketException;
import io.trustbench.awsiot.emulator.internal.mqtt.MqttFrame;
import io.trustbench.awsiot.emulator.internal.mqtt.MqttFrameReader;
import io.trustbench.awsiot.emulator.internal.mqtt.PublishPacket;

/** The front's MQTT parsers on valid, hostile and random input: only IOExceptions, never a hang. */
@Timeout(30)
class MqttPacketFuzzTest {

	// CONNECT, MQTT 3.1.1, clean session, keep-alive 60, client id "dev1", username "u", password "p".
	static final byte[] CONNECT = { 0x10, 0x17, 0x00, 0x04, 'M', 'Q', 'T', 'T', 0x04, (byte) 0xC2, 0x00, 0x3C, 0x00, 0x04,
			'd', 'e', 'v', '1', 0x00, 0x01, 'u', 0x00, 0x02, 'p', 'w' };
	// PUBLISH QoS 1 to "a/b", packet id 7, payload "hi".
	static final byte[] PUBLISH = { 0x32, 0x09, 0x00, 0x03, 'a', '/', 'b', 0x00, 0x07, 'h', 'i' };

	@Test
	void parsesValidPacketsAndRewritesCredentials() throws IOException {
		MqttFrame frame = new MqttFrameReader(new ByteArrayInputStream(CONNECT), 1024).read();
		ConnectPacket connect = ConnectPacket.parse(frame);
		assertEquals("dev1", connect.clientId());
		assertEquals(60, connect.keepAlive());
		byte[] rewritten = connect.encodeWithCredentials("tb-conn-1", "secret");
		ConnectPacket again = ConnectPacket.parse(new MqttFrameReader(new ByteArrayInputStream(rewritten), 1024).read());
		assertEquals("dev1", again.clientId());
		assertEquals(connect.cleanSession(), again.cleanSession());
		PublishPacket publish = PublishPacket.parse(new MqttFrameReader(new ByteArrayInputStream(PUBLISH), 1024).read());
		assertEquals("a/b", publish.topic());
		assertEquals(1, publish.qos());
		assertEquals(7, publish.packetId());
		assertArrayEquals("hi".getBytes(), publish.payload());
	}

	@Test
	void refusesHostileHeaders() {
		assertThrows(MalformedPacketException.class,
				() -> new MqttFrameReader(new ByteArrayInputStream(new byte[] { 0x30, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x7F }), 1 << 20).read(),
				"five-byte remaining length");
		assertThrows(MalformedPacketException.class,
				() -> new MqttFrameReader(new ByteArrayInputStream(new byte[] { 0x30, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x7F }), 1 << 20).read(),
				"256 MB packet above the limit");
		assertThrows(MalformedPacketException.class,
				() -> new MqttFrameReader(new ByteArrayInputStream(new byte[] { 0x00, 0x00 }), 1024).read(), "type 0");
		assertThrows(IOException.class,
				() -> new MqttFrameReader(new ByteArrayInputStream(new byte[] { 0x30, 0x05, 0x00 }), 1024).read(), "truncated");
	}

	@Test
	void mutatedAndRandomInputOnlyEverRaisesIoExceptions() {
		Random random = new Random(20261127L);
		for (int i = 0; i < 20000; i++) {
			byte[] input;
			if (i % 3 == 0) {
				input = new byte[random.nextInt(64)];
				random.nextBytes(input);
			} else {
				input = (i % 3 == 1 ? CONNECT : PUBLISH).clone();
				for (int m = 0; m < 1 + random.nextInt(3); m++) {
					input[random.nextInt(input.length)] = (byte) random.nextInt(256);
				}
			}
			try {
				MqttFrameReader reader = new MqttFrameReader(new ByteArrayInputStream(input), 4096);
				MqttFrame frame;
				while ((frame = reader.read()) != null) {
					if (frame.type() == MqttFrame.CONNECT) {
						ConnectPacket.parse(frame).encodeWithCredentials("u", "p");
					} else if (frame.type() == MqttFrame.PUBLISH) {
						PublishPacket.parse(frame);
					}
				}
			} catch (IOException expected) {
				// malformed or truncated: the connection would be closed
			}
		}
	}
}
