package io.trustbench.pki.core;

import java.util.Arrays;
import java.util.Random;

/** Input mutations for fuzz tests: bit flips, interesting bytes, truncation, insertion, splicing. */
public final class Mutations {

	private static final int[] INTERESTING = { 0x00, 0x01, 0x7f, 0x80, 0x81, 0x82, 0x83, 0x84, 0xff, 0x30, 0x31,
			0x02, 0x03, 0x04, 0x05, 0x06, 0xa0, 0xa3 };

	private Mutations() {
	}

	public static byte[] mutate(byte[] seed, Random random) {
		byte[] out = seed.clone();
		int count = 1 + random.nextInt(4);
		for (int i = 0; i < count && out.length > 0; i++) {
			int at = random.nextInt(out.length);
			switch (random.nextInt(6)) {
			case 0 -> out[at] ^= (byte) (1 << random.nextInt(8));
			case 1 -> out[at] = (byte) INTERESTING[random.nextInt(INTERESTING.length)];
			case 2 -> out = Arrays.copyOf(out, at);
			case 3 -> {
				byte[] insert = new byte[1 + random.nextInt(8)];
				random.nextBytes(insert);
				byte[] grown = new byte[out.length + insert.length];
				System.arraycopy(out, 0, grown, 0, at);
				System.arraycopy(insert, 0, grown, at, insert.length);
				System.arraycopy(out, at, grown, at + insert.length, out.length - at);
				out = grown;
			}
			case 4 -> {
				int from = random.nextInt(out.length);
				int length = Math.min(out.length - Math.max(at, from), 1 + random.nextInt(16));
				System.arraycopy(out, from, out, at, Math.max(0, Math.min(length, out.length - at)));
			}
			default -> out[at] = (byte) random.nextInt(256);
			}
		}
		return out;
	}
}
