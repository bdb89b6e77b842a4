package io.trustbench.secureelement.ui.internal.explorer;

/**
 * What a readable 72-byte slot holds, guessed from its bytes: nothing, an atcacert compressed
 * certificate (64-byte signature, encoded dates, signer id, template/chain id, serial source and
 * format version 0 or 1 in byte 70), or other data. The guess only labels the tree; nothing
 * depends on it.
 */
public enum SlotContent {
	NOT_READ, EMPTY, COMPRESSED_CERTIFICATE, DATA;

	private static final int COMPRESSED_SIZE = 72;

	public static SlotContent probe(byte[] data) {
		if (data == null) {
			return NOT_READ;
		}
		if (uniform(data, 0, data.length)) {
			return EMPTY;
		}
		if (data.length == COMPRESSED_SIZE && looksCompressed(data)) {
			return COMPRESSED_CERTIFICATE;
		}
		return DATA;
	}

	private static boolean looksCompressed(byte[] data) {
		int format = data[70] & 0x0F;
		if (format != 0 && format != 1) {
			return false;
		}
		if (format == 0 && data[71] != 0) {
			return false;
		}
		// A real R‖S is never a run of one byte value.
		return !uniform(data, 0, 32) && !uniform(data, 32, 64);
	}

	private static boolean uniform(byte[] data, int from, int to) {
		for (int i = from + 1; i < to; i++) {
			if (data[i] != data[from]) {
				return false;
			}
		}
		return true;
	}
}
