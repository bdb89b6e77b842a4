package io.trustbench.tlsclient.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.trustbench.cli.UsageException;
import io.trustbench.tlsclient.core.internal.DeviceOperations;
import io.trustbench.tlsclient.core.internal.EcdsaEncoding;
import io.trustbench.tlsclient.core.thing.ShadowState;
import io.trustbench.tlsclient.core.thing.ThingUserData;

/**
 * Every parser of the bundle on random and mutated input (fixed seeds): slot 8, shadow deltas,
 * logged kit lines, DER signatures. None may throw; each also decodes its well-formed input.
 */
class ParserFuzzTest {

	private static final int ROUNDS = 5_000;

	@Test
	void slot8() {
		byte[] good = new byte[ThingUserData.SIZE];
		byte[][] f = ThingUserData.hostAndThingFields("a1b2c3.iot.us-west-2.amazonaws.com:8883", "thing-0001");
		System.arraycopy(f[0], 0, good, 72, 4);
		System.arraycopy(f[1], 0, good, 76, 64);
		System.arraycopy(f[2], 0, good, 140, 4);
		System.arraycopy(f[3], 0, good, 144, 32);
		ThingUserData parsed = ThingUserData.parse(good);
		assertEquals("a1b2c3.iot.us-west-2.amazonaws.com", parsed.endpointHost());
		assertEquals(8883, parsed.endpointPort());
		assertEquals("thing-0001", parsed.thingName());
		assertTrue(parsed.problem().isEmpty());
		assertTrue(ThingUserData.parse(new byte[ThingUserData.SIZE]).problem().isPresent(), "blank slot 8");
		Random random = new Random(8);
		for (int i = 0; i < ROUNDS; i++) {
			byte[] input = i % 2 == 0 ? mutate(good, random) : randomBytes(random, random.nextInt(500));
			ThingUserData d = ThingUserData.parse(input);
			assertNotNull(d.host());
			assertTrue(d.endpointPort() > 0 && d.endpointPort() < 65536);
		}
	}

	@Test
	void shadowDeltas() {
		String good = "{\"version\":7,\"timestamp\":1,\"state\":{\"led1\":\"on\",\"led2\":\"off\"},\"metadata\":{}}";
		ShadowState state = new ShadowState();
		String reply = state.applyDelta(good);
		assertEquals("{\"state\":{\"reported\":{\"led1\":\"on\",\"led2\":\"off\"}},\"clientToken\":\"delta-7\"}", reply);
		assertEquals("on", state.snapshot().get("led1"));
		assertNull(state.applyDelta("{\"state\":{}}"), "empty delta reports nothing");
		assertNull(state.applyDelta("[1,2]"));
		Random random = new Random(9);
		byte[] bytes = good.getBytes(StandardCharsets.UTF_8);
		for (int i = 0; i < ROUNDS; i++) {
			String input = new String(i % 2 == 0 ? mutate(bytes, random) : randomBytes(random, random.nextInt(80)),
					StandardCharsets.UTF_8);
			state.applyDelta(input);
		}
	}

	@Test
	void loggedKitLines() {
		assertEquals("Sign", DeviceOperations.opcodeName("e:t(07418000000000)"));
		assertEquals("ECDH", DeviceOperations.opcodeName("e:t(474300020000)"));
		assertNull(DeviceOperations.opcodeName("aws:p(03)"));
		Random random = new Random(10);
		byte[] good = "e:t(07418000000000)".getBytes(StandardCharsets.US_ASCII);
		for (int i = 0; i < ROUNDS; i++) {
			DeviceOperations.opcodeName(new String(mutate(good, random), StandardCharsets.ISO_8859_1));
		}
	}

	@Test
	void derSignatures() throws Exception {
		byte[] rs = randomBytes(new Random(11), 64);
		rs[0] &= 0x7F;
		byte[] der = EcdsaEncoding.toDer(rs);
		assertEquals(java.util.HexFormat.of().formatHex(rs), java.util.HexFormat.of().formatHex(EcdsaEncoding.toRaw(der)));
		Random random = new Random(12);
		for (int i = 0; i < ROUNDS; i++) {
			byte[] input = i % 2 == 0 ? mutate(der, random) : randomBytes(random, random.nextInt(90));
			byte[] raw = EcdsaEncoding.toRaw(input);
			assertTrue(raw == null || raw.length == 64);
		}
	}

	@Test
	void hostPortArguments() {
		Random random = new Random(13);
		String alphabet = "ab:[]0123456789.-";
		for (int i = 0; i < ROUNDS; i++) {
			StringBuilder b = new StringBuilder();
			for (int n = random.nextInt(20); n > 0; n--) {
				b.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			try {
				CliAccess.parseHostPort(b.toString());
			} catch (UsageException expected) {
				// a usage error is the answer to nonsense
			}
		}
		assertEquals("127.0.0.1:8883", CliAccess.parseHostPort("127.0.0.1"));
		assertEquals("::1:9000", CliAccess.parseHostPort("[::1]:9000"));
	}

	static byte[] mutate(byte[] good, Random random) {
		byte[] out = good.clone();
		for (int n = 1 + random.nextInt(4); n > 0; n--) {
			switch (random.nextInt(3)) {
			case 0 -> out[random.nextInt(out.length)] = (byte) random.nextInt(256);
			case 1 -> out = java.util.Arrays.copyOf(out, random.nextInt(out.length + 1));
			default -> out = java.util.Arrays.copyOf(out, out.length + random.nextInt(8));
			}
			if (out.length == 0) {
				return out;
			}
		}
		return out;
	}

	static byte[] randomBytes(Random random, int n) {
		byte[] b = new byte[n];
		random.nextBytes(b);
		return b;
	}
}
