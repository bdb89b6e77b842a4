package io.trustbench.secureelement.core.internal.emulator;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * SRAM of the chip: TempKey and the SHA context. Lost on sleep (and on restart), kept on idle,
 * as on the ATECC508A.
 */
final class VolatileState {

	/** Where TempKey came from; external Sign/Verify need a valid TempKey of any source. */
	enum Source { NONE, RANDOM, INPUT }

	private byte[] tempKey = new byte[32];
	private boolean tempKeyValid;
	private Source source = Source.NONE;
	private ByteArrayOutputStream sha;

	void setTempKey(byte[] value32, Source from) {
		tempKey = value32.clone();
		tempKeyValid = true;
		source = from;
	}

	boolean tempKeyValid() {
		return tempKeyValid;
	}

	Source tempKeySource() {
		return source;
	}

	byte[] tempKey() {
		return tempKey.clone();
	}

	void invalidateTempKey() {
		tempKeyValid = false;
		source = Source.NONE;
		Arrays.fill(tempKey, (byte) 0);
	}

	void startSha() {
		sha = new ByteArrayOutputStream();
	}

	boolean shaStarted() {
		return sha != null;
	}

	void updateSha(byte[] block) {
		sha.writeBytes(block);
	}

	byte[] finishSha(byte[] last) {
		sha.writeBytes(last);
		byte[] all = sha.toByteArray();
		sha = null;
		return all;
	}

	void clear() {
		invalidateTempKey();
		sha = null;
	}
}
