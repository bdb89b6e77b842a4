package io.trustbench.decoder.tests;

import io.trustbench.testing.Oracles;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.trustbench.decoder.tls.crypto.Hkdf;
import io.trustbench.decoder.tls.crypto.Tls12Prf;

/**
 * The key-derivation code against Wycheproof: HKDF-SHA256 (extract and expand, which
 * HKDF-Expand-Label builds on) and HMAC-SHA256 (through TLS 1.2's P_hash, whose first block is
 * HMAC(secret, HMAC(secret, seed) || seed)).
 */
class CryptoVectorsTest {

	private static final HexFormat HEX = HexFormat.of();

	@Test
	void hkdfSha256MatchesWycheproof() throws Exception {
		int checked = 0;
		for (JsonObject test : tests("hkdf_sha256_test.json")) {
			byte[] ikm = hex(test, "ikm");
			byte[] salt = hex(test, "salt");
			byte[] info = hex(test, "info");
			int size = test.get("size").getAsInt();
			String result = test.get("result").getAsString();
			try {
				byte[] okm = Hkdf.expand("HmacSHA256", Hkdf.extract("HmacSHA256", salt, ikm), info, size);
				assertEquals("valid", result, "tcId " + test.get("tcId"));
				assertArrayEquals(hex(test, "okm"), okm, "tcId " + test.get("tcId"));
			} catch (GeneralSecurityException e) {
				assertEquals("invalid", result, "tcId " + test.get("tcId") + ": " + e.getMessage());
			}
			checked++;
		}
		assertTrue(checked > 50, "only " + checked + " HKDF vectors");
	}

	@Test
	void tls12PrfFirstBlockIsHmacOfWycheproofVectors() throws Exception {
		int checked = 0;
		for (JsonObject test : tests("hmac_sha256_test.json")) {
			if (!"valid".equals(test.get("result").getAsString()) || hex(test, "tag").length != 32) {
				continue;
			}
			byte[] key = hex(test, "key");
			byte[] msg = hex(test, "msg");
			byte[] tag = hex(test, "tag");
			// P_hash(key, seed) block 1 = HMAC(key, A(1) || seed) with A(1) = HMAC(key, seed)
			byte[] prf = Tls12Prf.prf("HmacSHA256", key, "", msg, 32);
			javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
			mac.init(new javax.crypto.spec.SecretKeySpec(key.length == 0 ? new byte[1] : key, "HmacSHA256"));
			mac.update(tag);
			assertArrayEquals(mac.doFinal(msg), prf, "tcId " + test.get("tcId"));
			checked++;
		}
		assertTrue(checked > 20, "only " + checked + " HMAC vectors");
	}

	@Test
	void hkdfExpandLabelMatchesRfc8448() throws Exception {
		// RFC 8448 §3: server handshake traffic secret → server write key and IV
		byte[] secret = HEX.parseHex("b67b7d690cc16c4e75e54213cb2d37b4e9c912bcded9105d42befd59d391ad38");
		assertEquals("3fce516009c21727d0f2e4e86ee403bc",
				HEX.formatHex(Hkdf.expandLabel("HmacSHA256", secret, "key", null, 16)));
		assertEquals("5d313eb2671276ee13000b30", HEX.formatHex(Hkdf.expandLabel("HmacSHA256", secret, "iv", null, 12)));
	}

	private static byte[] hex(JsonObject test, String name) {
		return HEX.parseHex(test.get(name).getAsString());
	}

	private static Iterable<JsonObject> tests(String file) throws Exception {
		JsonObject root = JsonParser.parseString(Files.readString(Oracles.root().resolve("wycheproof").resolve(file))).getAsJsonObject();
		java.util.List<JsonObject> out = new java.util.ArrayList<>();
		for (JsonElement group : root.getAsJsonArray("testGroups")) {
			for (JsonElement test : group.getAsJsonObject().getAsJsonArray("tests")) {
				out.add(test.getAsJsonObject());
			}
		}
		return out;
	}
}
