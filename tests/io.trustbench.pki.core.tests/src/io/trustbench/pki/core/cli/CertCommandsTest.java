package io.trustbench.pki.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.trustbench.pki.core.Openssl;
import io.trustbench.pki.core.OpensslCorpus;
import io.trustbench.pki.core.internal.cli.CertShowCommand;
import io.trustbench.pki.core.internal.cli.CertVerifyCommand;

class CertCommandsTest {

	static Path dir;

	@BeforeAll
	static void corpus() throws Exception {
		Openssl.assumeAvailable();
		dir = OpensslCorpus.shared();
	}

	@Test
	void showPrintsEveryFieldAndExtension() {
		Command c = Command.run(new CertShowCommand(), dir, false, dir.resolve("many.pem").toString());
		assertEquals(0, c.exit, c.toString());
		for (String expected : new String[] { "Serial Number:", "hex ff0102030405, decimal 280379793802245",
				"Issuer:", "CN=many.example.com,OU=PKI,O=Trustbench Test\\, Inc.,C=DE", "days left",
				"curve P-256, 256 bit", "X509v3 Basic Constraints (2.5.29.19): critical", "CA:TRUE, pathlen:2",
				"1.2.3.4.5.6.7:", "04:03:01:02:03", "SHA-256:" }) {
			assertTrue(c.out.contains(expected), "missing '" + expected + "' in\n" + c.out);
		}
	}

	@Test
	void jsonHasTheDocumentedShape() {
		Command c = Command.run(new CertShowCommand(), dir, true, dir.resolve("chain.p7b").toString());
		assertEquals(0, c.exit, c.toString());
		JsonArray array = JsonParser.parseString(c.out).getAsJsonArray();
		assertEquals(3, array.size());
		JsonObject leaf = array.get(0).getAsJsonObject();
		assertTrue(leaf.get("serialHex").getAsString().matches("[0-9a-f]+") && !leaf.get("serialHex").getAsString()
				.startsWith("0"));
		assertEquals("CN=device.example.com,O=Corpus", leaf.get("subject").getAsString());
		assertEquals("CN=Corpus Signer CA,O=Corpus", leaf.get("issuer").getAsString());
		assertTrue(leaf.get("notBefore").getAsString().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
		assertTrue(leaf.get("notAfter").getAsString().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
		JsonObject key = leaf.getAsJsonObject("publicKey");
		assertEquals("id-ecPublicKey", key.get("algorithm").getAsString());
		assertEquals("P-256", key.get("curve").getAsString());
		assertEquals(256, key.get("bits").getAsInt());
		assertEquals("ecdsa-with-SHA256", leaf.get("signatureAlgorithm").getAsString());
		JsonObject ext = leaf.getAsJsonArray("extensions").get(0).getAsJsonObject();
		assertTrue(ext.has("oid") && ext.has("name") && ext.has("critical") && ext.has("value"));
		JsonObject fp = leaf.getAsJsonObject("fingerprints");
		assertTrue(fp.get("sha1").getAsString().matches("[0-9a-f]{40}"));
		assertTrue(fp.get("sha256").getAsString().matches("[0-9a-f]{64}"));
	}

	@Test
	void verifyAcceptsTheChainAndNamesTheFailedCheck() throws Exception {
		String root = dir.resolve("root.pem").toString();
		Command ok = Command.run(new CertVerifyCommand(), dir, false, "--trust", root, dir.resolve("leaf.pem")
				.toString(), dir.resolve("inter.pem").toString());
		assertEquals(0, ok.exit, ok.toString());
		assertTrue(ok.out.contains("OK: path valid"), ok.out);

		Command missing = Command.run(new CertVerifyCommand(), dir, false, "--trust", root,
				dir.resolve("leaf.pem").toString());
		assertEquals(1, missing.exit, missing.toString());
		assertTrue(missing.out.contains("no issuer found for certificate 1 (CN=device.example.com,O=Corpus)"),
				missing.out);

		Command late = Command.run(new CertVerifyCommand(), dir, false, "--trust", root, "--at",
				"2099-01-01T00:00:00Z", dir.resolve("chain.pem").toString());
		assertEquals(1, late.exit, late.toString());
		assertTrue(late.out.contains("expired"), late.out);

		Command usage = Command.run(new CertVerifyCommand(), dir, false, dir.resolve("leaf.pem").toString());
		assertEquals(2, usage.exit);

		Files.writeString(dir.resolve("garbage.pem"), "-----BEGIN CERTIFICATE-----\n!!!\n-----END CERTIFICATE-----\n");
		Command garbage = Command.run(new CertShowCommand(), dir, false, dir.resolve("garbage.pem").toString());
		assertEquals(1, garbage.exit);
		assertTrue(garbage.err.contains("not valid base64") && garbage.err.lines().count() == 1, garbage.err);
	}
}
