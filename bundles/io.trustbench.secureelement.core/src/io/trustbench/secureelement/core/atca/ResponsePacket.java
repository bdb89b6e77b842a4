package io.trustbench.secureelement.core.atca;

import java.util.Arrays;

/**
 * A chip response {@code count | data | CRC}. A 4-byte response carries a single status byte;
 * longer responses carry output data (and imply success).
 */
public record ResponsePacket(byte[] payload) {

	public ResponsePacket {
		payload = payload.clone();
	}

	public static ResponsePacket status(int status) {
		return new ResponsePacket(new byte[] { (byte) status });
	}

	public static ResponsePacket data(byte[] data) {
		return new ResponsePacket(data);
	}

	@Override
	public byte[] payload() {
		return payload.clone();
	}

	/** Single status byte, or SUCCESS for a data response. */
	public int status() {
		return payload.length == 1 ? payload[0] & 0xFF : ChipStatus.SUCCESS;
	}

	public boolean isStatusOnly() {
		return payload.length == 1;
	}

	public byte[] encode() {
		int count = payload.length + 3;
		byte[] r = new byte[count];
		r[0] = (byte) count;
		System.arraycopy(payload, 0, r, 1, payload.length);
		byte[] crc = Crc16.bytes(r, 0, count - 2);
		r[count - 2] = crc[0];
		r[count - 1] = crc[1];
		return r;
	}

	/** Decodes a response read from the chip; a bad count or CRC is a PacketException with 0xFF. */
	public static ResponsePacket decode(byte[] bytes) throws PacketException {
		if (bytes.length < 4) {
			throw new PacketException(ChipStatus.CRC_ERROR, "response of " + bytes.length + " bytes is too short");
		}
		int count = bytes[0] & 0xFF;
		if (count != bytes.length) {
			throw new PacketException(ChipStatus.CRC_ERROR,
					"response count " + count + " does not match the " + bytes.length + " bytes received");
		}
		if (!Crc16.check(bytes, count)) {
			throw new PacketException(ChipStatus.CRC_ERROR, "response CRC is wrong");
		}
		return new ResponsePacket(Arrays.copyOfRange(bytes, 1, count - 2));
	}
}
