package io.trustbench.secureelement.core.tests;

import io.trustbench.testing.Oracles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.trustbench.core.Hex;
import io.trustbench.secureelement.core.atca.AtcaCommands;
import io.trustbench.secureelement.core.atca.ChipStatus;
import io.trustbench.secureelement.core.atca.CommandPacket;
import io.trustbench.secureelement.core.atca.Opcode;
import io.trustbench.secureelement.core.atca.ResponsePacket;

/**
 * Wycheproof vectors (tests/oracles/wycheproof) through the emulated chip's own commands:
 * ECDSA P-256/SHA-256 (P1363) through Nonce pass-through + Verify external, ECDH through
 * PrivWrite + ECDH.
 */
class WycheproofTest {

	private static JsonObject load(String name) throws Exception {
		return JsonParser.parseString(Files.readString(Oracles.file("wycheproof/" + name))).getAsJsonObject();
	}

	@Test
	void ecdsaP256Sha256P1363ThroughVerifyExternal() throws Exception {
		JsonObject suite = load("ecdsa_secp256r1_sha256_p1363_test.json");
		ChipBench bench = new ChipBench();
		assertEquals(ChipStatus.SUCCESS, bench.lockConfig());
		List<String> failures = new ArrayList<>();
		int run = 0;
		int wrongLength = 0;
		for (JsonElement g : suite.getAsJsonArray("testGroups")) {
			JsonObject group = g.getAsJsonObject();
			byte[] point = Hex.decode(group.getAsJsonObject("publicKey").get("uncompressed").getAsString());
			byte[] publicXY = java.util.Arrays.copyOfRange(point, 1, 65);
			for (JsonElement t : group.getAsJsonArray("tests")) {
				JsonObject test = t.getAsJsonObject();
				byte[] digest = MessageDigest.getInstance("SHA-256").digest(Hex.decode(test.get("msg").getAsString()));
				byte[] sig = Hex.decode(test.get("sig").getAsString());
				String expected = test.get("result").getAsString();
				assertEquals(ChipStatus.SUCCESS, bench.status(AtcaCommands.noncePassThrough(digest)));
				byte[] data = new byte[sig.length + 64];
				System.arraycopy(sig, 0, data, 0, sig.length);
				System.arraycopy(publicXY, 0, data, sig.length, 64);
				int status = bench.status(new CommandPacket(Opcode.VERIFY, 0x02, 0x0004, data));
				run++;
				int want;
				if (sig.length != 64) {
					wrongLength++;
					want = ChipStatus.PARSE_ERROR;
				} else {
					want = expected.equals("valid") ? ChipStatus.SUCCESS : ChipStatus.MISCOMPARE;
				}
				if (status != want) {
					failures.add("tcId " + test.get("tcId") + " (" + test.get("comment").getAsString() + "): status "
							+ status + ", expected " + want);
				}
			}
		}
		assertEquals(262, run);
		assertEquals(21, wrongLength);
		assertTrue(failures.isEmpty(), failures.size() + " failures: " + failures);
	}

	@Test
	void ecdhP256ThroughEcdhCommand() throws Exception {
		JsonObject suite = load("ecdh_secp256r1_ecpoint_test.json");
		ChipBench bench = new ChipBench();
		assertEquals(ChipStatus.SUCCESS, bench.lockConfig());
		int slot = 2; // the thing's ECDHE key slot: ECDH allowed, secret returned in clear
		List<String> failures = new ArrayList<>();
		int run = 0;
		int notRepresentable = 0;
		for (JsonElement g : suite.getAsJsonArray("testGroups")) {
			for (JsonElement t : g.getAsJsonObject().getAsJsonArray("tests")) {
				JsonObject test = t.getAsJsonObject();
				String result = test.get("result").getAsString();
				byte[] pub = Hex.decode(test.get("public").getAsString());
				if (pub.length != 65 || pub[0] != 0x04) {
					// The chip takes X‖Y only: compressed or malformed encodings never reach it.
					notRepresentable++;
					if (result.equals("valid")) {
						failures.add("tcId " + test.get("tcId") + " is valid but not X‖Y");
					}
					continue;
				}
				byte[] scalar = ChipBench.scalar32(Hex.decode(test.get("private").getAsString()));
				assertEquals(ChipStatus.SUCCESS, bench.privWrite(slot, scalar), "PrivWrite tcId " + test.get("tcId"));
				ResponsePacket response = bench.exec(AtcaCommands.ecdh(slot, java.util.Arrays.copyOfRange(pub, 1, 65)));
				run++;
				if (result.equals("invalid")) {
					if (!response.isStatusOnly() || response.status() != ChipStatus.EXECUTION_ERROR) {
						failures.add("tcId " + test.get("tcId") + " (" + test.get("comment").getAsString()
								+ ") accepted an invalid point");
					}
				} else if (response.isStatusOnly()
						|| !Hex.encode(response.payload()).equals(test.get("shared").getAsString())) {
					failures.add("tcId " + test.get("tcId") + " (" + test.get("comment").getAsString() + "): got "
							+ Hex.encode(response.payload()));
				}
			}
		}
		assertEquals(346, run);
		assertEquals(9, notRepresentable);
		assertTrue(failures.isEmpty(), failures.size() + " failures: " + failures);
	}
}
