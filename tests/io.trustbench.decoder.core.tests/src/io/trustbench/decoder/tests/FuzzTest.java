package io.trustbench.decoder.tests;

import io.trustbench.testing.Oracles;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trustbench.decoder.CaptureDecoder;
import io.trustbench.decoder.DecodedFrame;
import io.trustbench.decoder.DissectorRegistry;
import io.trustbench.decoder.PacketDecoder;
import io.trustbench.decoder.capture.CaptureFormatException;
import io.trustbench.decoder.capture.RawPacket;
import io.trustbench.decoder.tls.crypto.KeyLog;

/**
 * Mutated captures and random packets (fixed seeds) through the readers and the whole decoder:
 * the only exception allowed is the readers' CaptureFormatException/IOException for a damaged
 * file; nothing may hang.
 */
class FuzzTest {

	@TempDir
	Path dir;

	@Test
	void mutatedCapturesNeverCrashTheReadersOrDecoder() throws Exception {
		Random random = new Random(20261127);
		List<String> sources = List.of("illustrated-tls12.pcap", "illustrated-tls13.pcap", "ja4-tls-handshake.pcapng",
				"tls13-hrr-chacha.pcapng", "mqtt-mutual-tls12.pcapng", "ja4-ipv6.pcapng", "seed-mutual-tls12.pcapng");
		assertTimeoutPreemptively(Duration.ofSeconds(180), () -> {
			int files = 0;
			for (int round = 0; round < 70; round++) {
				String name = sources.get(round % sources.size());
				byte[] bytes = Files.readAllBytes(Oracles.pcaps().resolve(name));
				mutate(bytes, random, round);
				int cut = round % 5 == 0 ? random.nextInt(bytes.length) : bytes.length;
				Path file = dir.resolve("fuzz" + round + name.substring(name.indexOf('.')));
				Files.write(file, java.util.Arrays.copyOf(bytes, cut));
				KeyLog keys = name.startsWith("ja4") ? null
						: KeyLog.read(Oracles.pcaps().resolve(name.replaceFirst("\\.pcap(ng)?$", ".keylog")));
				long t0 = System.nanoTime();
				try {
					new CaptureDecoder(DissectorRegistry.builtins(), round % 2 == 0).decode(file, keys, f -> {
					}, new NullProgressMonitor());
				} catch (CaptureFormatException e) {
					// a damaged file header or block is reported, not a crash
				}
				if (System.getProperty("fuzz.verbose") != null) {
					System.err.println("round " + round + " " + name + " " + (System.nanoTime() - t0) / 1_000_000 + " ms");
				}
				files++;
			}
			assertTrue(files == 70);
		});
	}

	@Test
	void randomPacketsOfEveryLinkTypeNeverEscape() {
		Random random = new Random(5);
		int[] links = { 0, 1, 12, 101, 108, 113, 228, 229, 276, 9999 };
		assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
			PacketDecoder decoder = new PacketDecoder(DissectorRegistry.builtins(), null, true);
			for (int i = 0; i < 30000; i++) {
				byte[] data = new byte[random.nextInt(200)];
				random.nextBytes(data);
				if (data.length > 42 && random.nextBoolean()) {
					// plausible IPv4/TCP to reach TLS and QUIC more often
					data[0] = 0x45;
					data[9] = (byte) (random.nextBoolean() ? 6 : 17);
					data[6] = 0;
					data[7] = 0;
					data[32] = 0x50;
					data[40] = (byte) (20 + random.nextInt(5));
					data[41] = 3;
				}
				DecodedFrame frame = decoder.decode(new RawPacket(0, 0, links[i % links.length], i, data.length, data));
				assertTrue(frame.number() == i + 1);
			}
		});
	}

	private static void mutate(byte[] bytes, Random random, int round) {
		int flips = 1 + random.nextInt(round % 3 == 0 ? 64 : 8);
		for (int i = 0; i < flips; i++) {
			int at = random.nextInt(bytes.length);
			switch (random.nextInt(3)) {
			case 0 -> bytes[at] ^= (byte) (1 << random.nextInt(8));
			case 1 -> bytes[at] = (byte) random.nextInt(256);
			default -> bytes[at] = (byte) (random.nextBoolean() ? 0 : 0xff);
			}
		}
	}
}
