package io.trustbench.awsiot.emulator.internal.mqtt;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Bounds-checked reads of MQTT fields; every overrun or bad UTF-8 is a {@link MalformedPacketException}. */
final class PacketCursor {

	private final byte[] bytes;
	private int pos;

	PacketCursor(byte[] bytes, int offset) {
		this.bytes = bytes;
		this.pos = offset;
	}

	int u8() throws MalformedPacketException {
		need(1);
		return bytes[pos++] & 0xFF;
	}

	int u16() throws MalformedPacketException {
		need(2);
		int v = ((bytes[pos] & 0xFF) << 8) | (bytes[pos + 1] & 0xFF);
		pos += 2;
		return v;
	}

	byte[] binary() throws MalformedPacketException {
		int length = u16();
		need(length);
		byte[] b = new byte[length];
		System.arraycopy(bytes, pos, b, 0, length);
		pos += length;
		return b;
	}

	String string() throws MalformedPacketException {
		byte[] b = binary();
		try {
			String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
			if (s.indexOf('\0') >= 0) {
				throw new MalformedPacketException("NUL character in a string");
			}
			return s;
		} catch (CharacterCodingException e) {
			throw new MalformedPacketException("invalid UTF-8 in a string");
		}
	}

	int position() {
		return pos;
	}

	int remaining() {
		return bytes.length - pos;
	}

	private void need(int n) throws MalformedPacketException {
		if (n < 0 || pos + n > bytes.length) {
			throw new MalformedPacketException("packet shorter than its fields");
		}
	}
}
