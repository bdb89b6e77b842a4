package io.trustbench.pki.core;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.trustbench.pki.core.asn1.DerFormatException;
import io.trustbench.pki.core.asn1.DerReader;
import io.trustbench.pki.core.atcacert.AsiCertificateDefinitions;
import io.trustbench.pki.core.atcacert.AtcacertException;
import io.trustbench.pki.core.atcacert.CertificateRebuilder;
import io.trustbench.pki.core.atcacert.CompressedCertificate;
import io.trustbench.pki.core.atcacert.DeviceData;

/**
 * Mutated and random input to every parser (fixed seed, a few seconds): the only exceptions that
 * may come out are the documented one-line ones, nothing hangs, and whatever parses can be shown
 * in full (text, JSON, field tree) without an exception.
 */
class ParserFuzzTest {

	private static final int ROUNDS = 1500;

	@Test
	void certificateReaderSurvivesMutatedInput() throws Exception {
		List<byte[]> seeds = seeds();
		Random random = new Random(0x7B5EEDL);
		assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
			int parsed = 0;
			for (int round = 0; round < ROUNDS; round++) {
				byte[] seed = seeds.get(random.nextInt(seeds.size()));
				byte[] input = Mutations.mutate(seed, random);
				try {
					for (CertificateModel cert : CertificateReader.read(input)) {
						exercise(cert);
						parsed++;
					}
				} catch (CertificateParseException e) {
					assertOneLine(e.getMessage(), input);
				} catch (RuntimeException | StackOverflowError e) {
					fail("round " + round + ": " + e + " for input " + Base64.getEncoder().encodeToString(input), e);
				}
			}
			assertTrue(parsed > ROUNDS / 20, "mutations too destructive, only " + parsed + " parsed");
		});
	}

	@Test
	void derReaderSurvivesRandomBytes() {
		Random random = new Random(42);
		assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
			for (int round = 0; round < 10000; round++) {
				byte[] input = new byte[random.nextInt(64)];
				random.nextBytes(input);
				if (input.length > 0 && random.nextBoolean()) {
					input[0] = 0x30;
				}
				try {
					DerReader.parse(input);
				} catch (DerFormatException e) {
					assertOneLine(e.getMessage(), input);
				}
			}
		});
	}

	@Test
	void compressedCertificateCodecSurvivesMutation() throws Exception {
		Random random = new Random(7);
		byte[] template = AsiCertificateDefinitions.signer().template();
		byte[] compressed = CertificateRebuilder.compress(AsiCertificateDefinitions.signer(), template, null).toBytes();
		DeviceData data = CertificateRebuilder.deviceData(AsiCertificateDefinitions.signer(), template);
		assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
			for (int round = 0; round < ROUNDS; round++) {
				byte[] comp = compressed.clone();
				comp[random.nextInt(72)] = (byte) random.nextInt(256);
				try {
					CertificateRebuilder.rebuild(AsiCertificateDefinitions.signer(), CompressedCertificate.parse(comp),
							data);
				} catch (AtcacertException e) {
					assertOneLine(e.getMessage(), comp);
				}
				byte[] cert = Mutations.mutate(template, random);
				try {
					CertificateRebuilder.compress(AsiCertificateDefinitions.signer(), cert, null);
					CertificateRebuilder.compress(AsiCertificateDefinitions.device(), cert, null);
				} catch (AtcacertException e) {
					assertOneLine(e.getMessage(), cert);
				}
			}
		});
	}

	@Test
	void hostileInputsGiveClearMessages() {
		expect(new byte[0], "empty");
		expect(new byte[] { 0x30, (byte) 0x84, 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x01 }, "runs past the end");
		expect(new byte[] { 0x30, (byte) 0x89, 1, 2, 3, 4, 5, 6, 7, 8, 9 }, "too large");
		expect(new byte[] { 0x30, (byte) 0x80, 0, 0 }, "indefinite length");
		expect(new byte[] { 0x31, 0x03, 0x02, 0x01, 0x01 }, "expected SEQUENCE");
		expect(Arrays.copyOf(AsiCertificateDefinitions.device().template(), 200), "runs past the end");
		byte[] deep = new byte[0];
		for (int i = 0; i < 60; i++) {
			byte[] outer = new byte[deep.length + 2];
			outer[0] = 0x30;
			outer[1] = (byte) deep.length;
			System.arraycopy(deep, 0, outer, 2, deep.length);
			deep = outer;
		}
		expect(deep, "nesting deeper");
		expect("-----BEGIN CERTIFICATE-----\nMIIB\n".getBytes(StandardCharsets.US_ASCII), "without a matching END");
		expect("-----BEGIN CERTIFICATE-----\n@@@@\n-----END CERTIFICATE-----\n".getBytes(StandardCharsets.US_ASCII),
				"not valid base64");
		expect("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n".getBytes(StandardCharsets.US_ASCII),
				"no certificate in the PEM input (found PRIVATE KEY)");
		expect("hello world\n".getBytes(StandardCharsets.US_ASCII), "neither PEM nor DER");
		expect("-----BEGIN CERTIFICATE-----\nAAAA\n-----END X509 CRL-----\n".getBytes(StandardCharsets.US_ASCII),
				"ends with 'X509 CRL'");
	}

	@Test
	void manyUnterminatedPemBlocksAreRejectedInLinearTime() {
		String line = "-----BEGIN CERTIFICATE-----\n";
		// 4 MB of BEGIN lines: a backtracking regex would scan to the end once per line (hours)
		byte[] hostile = line.repeat(4 * 1024 * 1024 / line.length()).getBytes(StandardCharsets.US_ASCII);
		long start = System.nanoTime();
		assertTimeoutPreemptively(Duration.ofSeconds(20), () -> expect(hostile, "broken PEM"));
		assertTrue(System.nanoTime() - start < 20_000_000_000L);
	}

	private static void expect(byte[] input, String message) {
		try {
			CertificateReader.read(input);
			fail("accepted " + Arrays.toString(input));
		} catch (CertificateParseException e) {
			assertTrue(e.getMessage().contains(message), "'" + e.getMessage() + "' should mention '" + message + "'");
			assertOneLine(e.getMessage(), input);
		}
	}

	private static void exercise(CertificateModel cert) {
		Instant now = Instant.parse("2026-11-27T00:00:00Z");
		CertificateText.render(List.of(cert), now);
		CertificateJson.render(List.of(cert), now);
		cert.fields();
		cert.toPem();
		cert.publicKey();
	}

	private static void assertOneLine(String message, byte[] input) {
		assertTrue(message != null && !message.isBlank() && !message.contains("\n"),
				"bad message '" + message + "' for " + Base64.getEncoder().encodeToString(input));
	}

	private static List<byte[]> seeds() throws Exception {
		List<byte[]> seeds = new ArrayList<>();
		seeds.add(AsiCertificateDefinitions.signer().template());
		seeds.add(AsiCertificateDefinitions.device().template());
		seeds.add(TestCertificates.withManyExtensions());
		seeds.add(TestCertificates.pkcs7(List.of(AsiCertificateDefinitions.signer().template(),
				AsiCertificateDefinitions.device().template())));
		seeds.add(CertificateModel.parse(AsiCertificateDefinitions.signer().template()).toPem()
				.getBytes(StandardCharsets.US_ASCII));
		return seeds;
	}
}
