package io.trustbench.tlsclient.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.trustbench.tlsclient.core.internal.cli.TlsConnectCommand;

/** {@code tls connect} as a user runs it, against openssl s_server, and its error exits. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TlsConnectCommandTest {

	private ProvisionedThing thing;
	private ServerPki server;
	private Path ws;

	@BeforeAll
	void setUp() throws Exception {
		ExternalServer.binary("openssl");
		thing = new ProvisionedThing("127.0.0.1", "thing-cli");
		ws = thing.devices.workspace;
		server = new ServerPki(ws, "secp256r1");
		thing.thing.close();
	}

	@AfterAll
	void tearDown() throws Exception {
		thing.devices.close();
	}

	private ExternalServer sServer() throws Exception {
		int port = ExternalServer.freePort();
		return ExternalServer.start(List.of(ExternalServer.binary("openssl").toString(), "s_server", "-accept",
				Integer.toString(port), "-cert", server.certFile.toString(), "-key", server.keyFile.toString(), "-CAfile",
				thing.rootCaFile.toString(), "-Verify", "1", "-www", "-naccept", "1"), port, "ACCEPT");
	}

	@Test
	void connectsPrintsParametersAndRecords() throws Exception {
		Path pcap = ws.resolve("cli.pcapng");
		Path keys = ws.resolve("cli.keys");
		try (ExternalServer s = sServer()) {
			Cli.Result r = Cli.run(ws, new TlsConnectCommand(), "127.0.0.1:" + s.port, "--device", "emu-thing", "--ca",
					server.caFile.toString(), "--tls", "1.2", "--record", pcap.toString(), "--keylog", keys.toString(),
					"--send", "GET / HTTP/1.0\\r\\n\\r\\n");
			assertEquals(0, r.exit(), r.err());
			assertTrue(r.out().contains("version       TLSv1.2"), r.out());
			assertTrue(r.out().contains("cipher suite  TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256"), r.out());
			assertTrue(r.out().contains("in the device Sign 1, ECDH 1, GenKey 1, Verify 2"), r.out());
			assertTrue(r.out().contains("CN=Example ATECC508A Device"), r.out());
			assertTrue(r.out().contains("HTTP/1.0 200 ok"), r.out());
			assertTrue(Files.size(pcap) > 1000);
			assertTrue(Files.readString(keys).startsWith("CLIENT_RANDOM "));
		}
		try (ExternalServer s = sServer()) {
			Cli.Result r = Cli.run(ws, new TlsConnectCommand(), "127.0.0.1:" + s.port, "--device", "emu-thing", "--ca",
					server.caFile.toString(), "--json");
			assertEquals(0, r.exit(), r.err());
			JsonObject json = JsonParser.parseString(r.out()).getAsJsonObject();
			assertEquals("TLSv1.3", json.get("version").getAsString());
			assertEquals(1, json.getAsJsonObject("deviceCommands").get("Sign").getAsInt());
		}
	}

	@Test
	void usageAndFailuresExitWithOneLine() throws Exception {
		Cli.Result missing = Cli.run(ws, new TlsConnectCommand(), "127.0.0.1:1", "--ca", server.caFile.toString());
		assertEquals(2, missing.exit());
		assertTrue(missing.err().contains("missing --device"), missing.err());
		Cli.Result suite = Cli.run(ws, new TlsConnectCommand(), "127.0.0.1:1", "--device", "emu-thing", "--ca",
				server.caFile.toString(), "--suite", "TLS_RSA_WITH_RC4_128_MD5");
		assertEquals(2, suite.exit());
		assertTrue(suite.err().contains("unsupported cipher suite"), suite.err());
		Cli.Result device = Cli.run(ws, new TlsConnectCommand(), "127.0.0.1:1", "--device", "nope", "--ca",
				server.caFile.toString());
		assertEquals(1, device.exit());
		assertEquals(1, device.err().lines().count(), device.err());
		int closed = ExternalServer.freePort();
		Cli.Result refused = Cli.run(ws, new TlsConnectCommand(), "127.0.0.1:" + closed, "--device", "emu-thing",
				"--ca", server.caFile.toString());
		assertEquals(1, refused.exit());
		assertTrue(refused.err().contains("cannot connect to 127.0.0.1:" + closed), refused.err());
	}
}
