package io.trustbench.secureelement.core.atca;

import java.util.Arrays;

/**
 * A chip command packet {@code count | opcode | param1 | param2 (LE) | data | CRC (LE)}; count
 * covers the whole packet including itself and the CRC.
 */
public record CommandPacket(int opcode, int param1, int param2, byte[] data) {

	public static final int MIN_LENGTH = 7;
	/** Longest 508A packet (Verify external with P-283 sizing in CAL). */
	public static final int MAX_LENGTH = 151;

	public CommandPacket {
		data = data == null ? new byte[0] : data.clone();
	}

	public CommandPacket(int opcode, int param1, int param2) {
		this(opcode, param1, param2, new byte[0]);
	}

	@Override
	public byte[] data() {
		return data.clone();
	}

	public byte[] encode() {
		int count = MIN_LENGTH + data.length;
		byte[] p = new byte[count];
		p[0] = (byte) count;
		p[1] = (byte) opcode;
		p[2] = (byte) param1;
		p[3] = (byte) param2;
		p[4] = (byte) (param2 >> 8);
		System.arraycopy(data, 0, p, 5, data.length);
		byte[] crc = Crc16.bytes(p, 0, count - 2);
		p[count - 2] = crc[0];
		p[count - 1] = crc[1];
		return p;
	}

	/**
	 * Decodes a received packet.
	 *
	 * @throws PacketException with the chip status the real device would answer: 0xFF for a bad
	 *                         CRC or a count that does not match, 0x03 for a packet too short or long
	 */
	public static CommandPacket decode(byte[] bytes) throws PacketException {
		if (bytes.length == 0) {
			throw new PacketException(ChipStatus.PARSE_ERROR, "empty packet");
		}
		int count = bytes[0] & 0xFF;
		if (count != bytes.length) {
			throw new PacketException(ChipStatus.CRC_ERROR,
					"count byte " + count + " does not match the " + bytes.length + " bytes received");
		}
		if (count < MIN_LENGTH) {
			throw new PacketException(ChipStatus.PARSE_ERROR, "packet of " + count + " bytes is too short");
		}
		if (count > MAX_LENGTH) {
			throw new PacketException(ChipStatus.PARSE_ERROR, "packet of " + count + " bytes is too long");
		}
		if (!Crc16.check(bytes, count)) {
			throw new PacketException(ChipStatus.CRC_ERROR, "packet CRC is wrong");
		}
		int param2 = (bytes[3] & 0xFF) | (bytes[4] & 0xFF) << 8;
		return new CommandPacket(bytes[1] & 0xFF, bytes[2] & 0xFF, param2, Arrays.copyOfRange(bytes, 5, count - 2));
	}

	@Override
	public String toString() {
		return Opcode.name(opcode) + String.format("(p1=0x%02X, p2=0x%04X, %d data bytes)", param1, param2,
				data.length);
	}
}
