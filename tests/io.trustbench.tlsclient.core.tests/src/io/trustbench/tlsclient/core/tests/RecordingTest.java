package io.trustbench.tlsclient.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.trustbench.decoder.CaptureDecoder;
import io.trustbench.decoder.DissectorRegistry;
import io.trustbench.decoder.tls.crypto.KeyLog;
import io.trustbench.tlsclient.core.DeviceTlsClient;
import io.trustbench.tlsclient.core.DeviceTlsConnection;
import io.trustbench.tlsclient.core.TlsVersion;
import io.trustbench.tlsclient.core.record.PcapngWriter;
import io.trustbench.tlsclient.core.record.TrafficCapture;

/**
 * A recorded hardened handshake (pcapng with synthesized Ethernet/IPv4/TCP + NSS key log) is read
 * by tshark — correct checksums, no TCP analysis warnings, Finished (type 20) visible only with
 * the key log — and by the Trustbench decoder.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordingTest {

	private ProvisionedThing thing;
	private ServerPki server;

	@BeforeAll
	void setUp() throws Exception {
		ExternalServer.binary("openssl");
		thing = new ProvisionedThing("127.0.0.1", "thing-recorder");
		server = new ServerPki(thing.devices.workspace, "secp256r1");
	}

	@AfterAll
	void tearDown() throws Exception {
		thing.close();
	}

	private Path[] record(TlsVersion version) throws Exception {
		int port = ExternalServer.freePort();
		Path dir = thing.devices.workspace;
		String flag = version == TlsVersion.TLS_1_2 ? "-tls1_2" : "-tls1_3";
		try (ExternalServer s = ExternalServer.start(List.of(ExternalServer.binary("openssl").toString(), "s_server",
				"-accept", Integer.toString(port), "-cert", server.certFile.toString(), "-key", server.keyFile.toString(),
				"-CAfile", thing.rootCaFile.toString(), "-Verify", "1", "-www", "-naccept", "1", flag), port, "ACCEPT")) {
			DeviceTlsConnection c = new DeviceTlsClient(thing.thing, thing.identity,
					thing.options(port, server).withVersions(EnumSet.of(version)).withRecording(true)).connect(null);
			c.outputStream().write("GET / HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
			ByteArrayOutputStream page = new ByteArrayOutputStream();
			c.inputStream().transferTo(page);
			c.close();
			Path pcap = dir.resolve("handshake-" + version + ".pcapng");
			Path keys = dir.resolve("handshake-" + version + ".keys");
			c.writePcapng(pcap, false);
			c.keyLog().write(keys);
			return new Path[] { pcap, keys, Path.of(Integer.toString(port)) };
		}
	}

	private static List<String> tshark(String... args) throws Exception {
		List<String> cmd = new ArrayList<>(List.of(ExternalServer.binary("tshark").toString()));
		cmd.addAll(List.of(args));
		Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(p.waitFor(30, TimeUnit.SECONDS));
		assertEquals(0, p.exitValue(), "tshark " + cmd + " failed: " + out);
		return out.lines().filter(l -> !l.isBlank()).toList();
	}

	@org.junit.jupiter.api.Test
	void largeWritesAreSegmentedWithConsistentSequenceNumbers() throws Exception {
		TrafficCapture capture = new TrafficCapture(new InetSocketAddress("192.0.2.10", 50123),
				new InetSocketAddress("192.0.2.20", 8883));
		capture.outbound(new ByteArrayOutputStream()).write(new byte[200]);
		capture.inbound(new ByteArrayInputStream(new byte[5000])).readNBytes(5000);
		capture.outbound(new ByteArrayOutputStream()).write(new byte[10]);
		capture.markClosed();
		Path pcap = thing.devices.workspace.resolve("segments.pcapng");
		PcapngWriter.write(pcap, capture, null);
		List<String> rows = tshark("-r", pcap.toString(), "-o", "tcp.check_checksum:TRUE", "-T", "fields", "-E",
				"separator=;", "-e", "ip.src", "-e", "tcp.len", "-e", "tcp.seq", "-e", "tcp.ack", "-e",
				"tcp.checksum.status", "-e", "tcp.analysis.flags");
		List<String> server = rows.stream().filter(r -> r.startsWith("192.0.2.20;") && !r.startsWith("192.0.2.20;0;")).toList();
		assertEquals(List.of("192.0.2.20;1460;1;201;1;", "192.0.2.20;1460;1461;201;1;", "192.0.2.20;1460;2921;201;1;",
				"192.0.2.20;620;4381;201;1;"), server, String.join("\n", rows));
		assertTrue(rows.stream().anyMatch(r -> r.equals("192.0.2.10;10;201;5001;1;")), String.join("\n", rows));
		assertEquals(3 + 1 + 1 + 4 + 1 + 1 + 1 + 3, rows.size(), "handshake, data, ACKs and teardown: " + rows);
	}

	@ParameterizedTest
	@EnumSource(TlsVersion.class)
	void tsharkDecryptsTheRecordedHandshake(TlsVersion version) throws Exception {
		Path[] files = record(version);
		String decodeAs = "tcp.port==" + files[2] + ",tls";
		// One pass: handshake types (decrypted with the key log), checksum verdicts, TCP analysis, SYNs.
		List<String> rows = tshark("-r", files[0].toString(), "-o", "tls.keylog_file:" + files[1], "-d", decodeAs, "-o",
				"ip.check_checksum:TRUE", "-o", "tcp.check_checksum:TRUE", "-T", "fields", "-E", "separator=;", "-e",
				"tls.handshake.type", "-e", "ip.checksum.status", "-e", "tcp.checksum.status", "-e",
				"tcp.analysis.flags", "-e", "tcp.flags.syn");
		List<String> all = rows.stream().map(r -> r.split(";", -1)[0]).filter(t -> !t.isEmpty())
				.flatMap(t -> List.of(t.split(",")).stream()).toList();
		assertTrue(all.contains("20"), "decrypted Finished: " + rows);
		assertTrue(all.contains("15"), "CertificateVerify: " + rows);
		assertTrue(all.contains("1") && all.contains("2"), rows.toString());
		for (String row : rows) {
			String[] f = row.split(";", -1);
			assertEquals("1", f[1], "IPv4 checksum good: " + row);
			assertEquals("1", f[2], "TCP checksum good: " + row);
			assertEquals("", f[3], "no TCP analysis warning: " + row);
		}
		assertEquals(2, rows.stream().filter(r -> r.endsWith(";1")).count(), "SYN and SYN-ACK: " + rows);

		if (version == TlsVersion.TLS_1_3) {
			List<String> withoutKeys = tshark("-r", files[0].toString(), "-d", decodeAs, "-Y", "tls.handshake", "-T",
					"fields", "-e", "tls.handshake.type");
			assertFalse(String.join(",", withoutKeys).contains("20"), "Finished is encrypted without the key log");
		}

		List<String> decoded = new ArrayList<>();
		new CaptureDecoder(DissectorRegistry.builtins()).decode(files[0], KeyLog.read(files[1]),
				frame -> decoded.addAll(frame.values("tls.handshake.type")), null);
		assertTrue(decoded.contains("20"), "Trustbench decoder decrypts Finished: " + decoded);
	}
}
