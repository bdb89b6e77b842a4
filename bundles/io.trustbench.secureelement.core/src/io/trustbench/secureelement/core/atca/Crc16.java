package io.trustbench.secureelement.core.atca;

/**
 * The ATECC CRC-16: polynomial 0x8005, initial 0, each input byte processed LSB first, no final
 * XOR; stored low byte first after the covered bytes.
 */
public final class Crc16 {

	private Crc16() {
	}

	public static int compute(byte[] data, int offset, int length) {
		int crc = 0;
		for (int i = offset; i < offset + length; i++) {
			int b = data[i] & 0xFF;
			for (int bit = 0; bit < 8; bit++) {
				int dataBit = (b >> bit) & 1;
				int crcBit = (crc >> 15) & 1;
				crc = (crc << 1) & 0xFFFF;
				if (dataBit != crcBit) {
					crc ^= 0x8005;
				}
			}
		}
		return crc;
	}

	public static int compute(byte[] data) {
		return compute(data, 0, data.length);
	}

	/** CRC bytes in wire order (low, high). */
	public static byte[] bytes(byte[] data, int offset, int length) {
		int crc = compute(data, offset, length);
		return new byte[] { (byte) crc, (byte) (crc >> 8) };
	}

	/** True when the last two bytes of {@code packet[0..length)} are the CRC of the bytes before. */
	public static boolean check(byte[] packet, int length) {
		if (length < 3 || length > packet.length) {
			return false;
		}
		int crc = compute(packet, 0, length - 2);
		return (packet[length - 2] & 0xFF) == (crc & 0xFF) && (packet[length - 1] & 0xFF) == (crc >> 8);
	}
}
