package io.trustbench.secureelement.core.kit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Chunked certificate replies of {@code aws:g(<id>,<n>)}: reply data byte 0 carries the chunk
 * index (high nibble) and the chunk count (low nibble) — the GUI reads them as two decimal
 * digits, so at most 9 chunks — followed by a segment of the PEM text.
 */
public final class AwsCertificateChunks {

	/** PEM characters per chunk; a 500-byte signer certificate gives 3 chunks, as in the seed's log. */
	public static final int CHUNK_SIZE = 256;
	public static final int MAX_CHUNKS = 9;

	private AwsCertificateChunks() {
	}

	public static int count(String pem) {
		int n = Math.max(1, (pem.length() + CHUNK_SIZE - 1) / CHUNK_SIZE);
		if (n > MAX_CHUNKS) {
			throw new IllegalArgumentException("PEM of " + pem.length() + " characters needs more than " + MAX_CHUNKS
					+ " chunks");
		}
		return n;
	}

	/** Reply data for chunk {@code index}. */
	public static byte[] chunk(String pem, int index) {
		int n = count(pem);
		if (index < 0 || index >= n) {
			throw new IllegalArgumentException("chunk " + index + " of " + n);
		}
		byte[] text = pem.getBytes(StandardCharsets.US_ASCII);
		int from = index * CHUNK_SIZE;
		int to = Math.min(text.length, from + CHUNK_SIZE);
		byte[] data = new byte[1 + to - from];
		data[0] = (byte) (index << 4 | n);
		System.arraycopy(text, from, data, 1, to - from);
		return data;
	}

	/** Index of a received chunk, or -1 if the header is malformed. */
	public static int index(byte[] data) {
		return data.length == 0 ? -1 : (data[0] >> 4) & 0x0F;
	}

	public static int total(byte[] data) {
		return data.length == 0 ? -1 : data[0] & 0x0F;
	}

	public static String segment(byte[] data) {
		return new String(Arrays.copyOfRange(data, 1, data.length), StandardCharsets.US_ASCII);
	}

	/** Joins received chunks in order; throws if indexes or counts disagree. */
	public static String join(List<byte[]> chunks) {
		StringBuilder pem = new StringBuilder();
		List<byte[]> list = new ArrayList<>(chunks);
		for (int i = 0; i < list.size(); i++) {
			byte[] c = list.get(i);
			if (index(c) != i || total(c) != list.size()) {
				throw new IllegalArgumentException("certificate chunk " + i + " has header "
						+ (c.length == 0 ? "none" : String.format("%02X", c[0] & 0xFF)));
			}
			pem.append(segment(c));
		}
		return pem.toString();
	}
}
