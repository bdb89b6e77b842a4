package io.trustbench.tlsclient.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.trustbench.tlsclient.core.CipherSuites;
import io.trustbench.tlsclient.core.DeviceTlsClient;
import io.trustbench.tlsclient.core.DeviceTlsConnection;
import io.trustbench.tlsclient.core.HandshakeReport;
import io.trustbench.tlsclient.core.TlsClientOptions;
import io.trustbench.tlsclient.core.TlsHandshakeException;
import io.trustbench.tlsclient.core.TlsVersion;
import io.trustbench.tlsclient.core.thing.ThingCertificates;

/**
 * The hardened client against {@code openssl s_server -Verify 1} (client certificate required,
 * verified against the kit-made root): every ECDHE-ECDSA suite of TLS 1.2 and every TLS 1.3 suite,
 * with the device doing Sign, GenKey/ECDH and Verify, and openssl reporting the device's
 * certificate as the peer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpensslInteropTest {

	private ProvisionedThing thing;
	private ServerPki server;
	private Path dir;

	@BeforeAll
	void setUp() throws Exception {
		ExternalServer.binary("openssl");
		thing = new ProvisionedThing("127.0.0.1", "thing-openssl");
		dir = thing.devices.workspace;
		server = new ServerPki(dir, "secp256r1");
	}

	@AfterAll
	void tearDown() throws Exception {
		thing.close();
	}

	static List<String> tls12Suites() {
		return CipherSuites.tls12();
	}

	static List<String> tls13Suites() {
		return CipherSuites.tls13();
	}

	private ExternalServer sServer(String versionFlag, Path clientCa, String... extra) throws Exception {
		int port = ExternalServer.freePort();
		List<String> cmd = new ArrayList<>(List.of(ExternalServer.binary("openssl").toString(), "s_server", "-accept",
				Integer.toString(port), "-cert", server.certFile.toString(), "-key", server.keyFile.toString(), "-CAfile",
				clientCa.toString(), "-Verify", "1", "-verify_return_error", "-www", "-naccept", "1", versionFlag));
		cmd.addAll(List.of(extra));
		return ExternalServer.start(cmd, port, "ACCEPT");
	}

	private String httpGet(DeviceTlsConnection c) throws Exception {
		c.outputStream().write("GET / HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
		c.outputStream().flush();
		ByteArrayOutputStream page = new ByteArrayOutputStream();
		byte[] buf = new byte[4096];
		int n;
		while ((n = c.inputStream().read(buf)) > 0) {
			page.write(buf, 0, n);
		}
		return page.toString(StandardCharsets.ISO_8859_1);
	}

	@ParameterizedTest
	@MethodSource("tls12Suites")
	void tls12SuiteWithDeviceCredentials(String suite) throws Exception {
		try (ExternalServer s = sServer("-tls1_2", thing.rootCaFile, "-cipher", "ALL")) {
			TlsClientOptions options = thing.options(s.port, server).withVersions(EnumSet.of(TlsVersion.TLS_1_2))
					.withSuites(List.of(suite));
			try (DeviceTlsConnection c = new DeviceTlsClient(thing.thing, thing.identity, options).connect(null)) {
				HandshakeReport r = c.report();
				assertEquals(TlsVersion.TLS_1_2, r.version());
				assertEquals(suite, r.cipherSuite());
				assertDeviceDidTheWork(r);
				String page = httpGet(c);
				assertTrue(page.contains("HTTP/1.0 200 ok"), page);
				assertTrue(page.contains("Example ATECC508A Device"), "openssl saw the device certificate: " + page);
				assertTrue(c.keyLog().lines().get(0).startsWith("CLIENT_RANDOM "));
			}
		}
	}

	@ParameterizedTest
	@MethodSource("tls13Suites")
	void tls13SuiteWithDeviceCredentials(String suite) throws Exception {
		try (ExternalServer s = sServer("-tls1_3", thing.rootCaFile, "-ciphersuites", suite)) {
			TlsClientOptions options = thing.options(s.port, server).withVersions(EnumSet.of(TlsVersion.TLS_1_3))
					.withSuites(List.of(suite));
			try (DeviceTlsConnection c = new DeviceTlsClient(thing.thing, thing.identity, options).connect(null)) {
				HandshakeReport r = c.report();
				assertEquals(TlsVersion.TLS_1_3, r.version());
				assertEquals(suite, r.cipherSuite());
				assertDeviceDidTheWork(r);
				String page = httpGet(c);
				assertTrue(page.contains("Example ATECC508A Device"), page);
				assertEquals(5, c.keyLog().lines().size(), c.keyLog().text());
			}
		}
	}

	private void assertDeviceDidTheWork(HandshakeReport r) {
		assertEquals(1, r.deviceCommandCount("Sign"), "CertificateVerify signed in the device: " + r.deviceCommands());
		assertEquals(1, r.deviceCommandCount("ECDH"), r.deviceCommands().toString());
		assertEquals(1, r.deviceCommandCount("GenKey"), "ephemeral key made in the device: " + r.deviceCommands());
		assertEquals(2, r.deviceCommandCount("Verify"), "server certificate and handshake signature verified: "
				+ r.deviceChecks());
		assertEquals(2, r.clientChain().size(), "device and signer certificates presented");
		assertTrue(r.serverSubject().contains("CN=localhost"), r.serverSubject());
	}

	@Test
	void defaultsNegotiateTls13AndTheSeedSuiteWhenLimitedTo12() throws Exception {
		try (ExternalServer s = sServer("-tls1_2", thing.rootCaFile)) {
			try (DeviceTlsConnection c = new DeviceTlsClient(thing.thing, thing.identity, thing.options(s.port, server))
					.connect(null)) {
				assertEquals(CipherSuites.SEED_SUITE, c.report().cipherSuite(), "the seed's suite is preferred");
			}
		}
	}

	@Test
	void serverNotSignedByTheGivenCaIsRefusedBeforeTheDeviceSigns() throws Exception {
		ServerPki other = new ServerPki(dir.resolve(".."), "secp256r1");
		try (ExternalServer s = sServer("-tls1_2", thing.rootCaFile)) {
			TlsClientOptions options = TlsClientOptions.defaults("127.0.0.1", s.port, List.of(other.ca));
			TlsHandshakeException e = assertThrows(TlsHandshakeException.class,
					() -> new DeviceTlsClient(thing.thing, thing.identity, options).connect(null));
			assertTrue(e.getMessage().contains("does not verify against the CA file"), e.getMessage());
		}
	}

	@Test
	void serverThatDoesNotTrustTheDeviceRootRefusesTheClient() throws Exception {
		try (ExternalServer s = sServer("-tls1_2", server.caFile)) {
			TlsHandshakeException e = assertThrows(TlsHandshakeException.class,
					() -> new DeviceTlsClient(thing.thing, thing.identity, thing.options(s.port, server)).connect(null));
			assertTrue(e.getMessage().startsWith("TLS handshake failed"), e.getMessage());
		}
	}

	@Test
	void hostnameMustBeInTheServerCertificate() throws Exception {
		try (ExternalServer s = sServer("-tls1_2", thing.rootCaFile)) {
			TlsClientOptions options = TlsClientOptions.defaults("127.0.0.2", s.port, List.of(server.ca));
			TlsHandshakeException e = assertThrows(TlsHandshakeException.class,
					() -> new DeviceTlsClient(thing.thing, thing.identity, options.withServer("127.0.0.2", s.port))
							.connect(null));
			assertTrue(e.getMessage().contains("not valid for '127.0.0.2'"), e.getMessage());
		}
	}

	@Test
	void chainIsRebuiltFromTheDeviceExactly() throws Exception {
		ThingCertificates rebuilt = ThingCertificates.read(thing.thing, null);
		assertArrayEquals(thing.pki.device.getEncoded(), rebuilt.device().getEncoded());
		assertArrayEquals(thing.pki.signer.getEncoded(), rebuilt.signer().getEncoded());
		rebuilt.device().verify(rebuilt.signer().getPublicKey());
		rebuilt.signer().verify(thing.pki.root.getPublicKey());
	}
}
