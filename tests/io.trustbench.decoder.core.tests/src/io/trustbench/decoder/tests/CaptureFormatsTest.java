package io.trustbench.decoder.tests;

import io.trustbench.testing.Oracles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.trustbench.decoder.DissectorRegistry;
import io.trustbench.decoder.capture.CaptureFiles;
import io.trustbench.decoder.capture.CaptureReader;
import io.trustbench.decoder.capture.RawPacket;
import io.trustbench.decoder.tls.crypto.KeyLog;

/**
 * The IP packets of two oracle captures rewritten into every file format and link type the
 * readers accept (pcap in both byte orders with micro- and nanoseconds; pcapng with several
 * interfaces of different link types and time resolutions, simple packet blocks, embedded
 * secrets); decoding must agree with tshark on each file and time stamps must survive.
 */
class CaptureFormatsTest {

	@TempDir
	Path dir;

	static Stream<Arguments> variants() {
		List<Arguments> out = new ArrayList<>();
		out.add(Arguments.of("illustrated-tls12", "pcap-le-micro", 113));
		out.add(Arguments.of("illustrated-tls12", "pcap-be-nano", 276));
		out.add(Arguments.of("illustrated-tls12", "pcapng-le-multi", 0));
		out.add(Arguments.of("tls13-hrr-chacha", "pcap-be-micro", 101));
		out.add(Arguments.of("tls13-hrr-chacha", "pcap-le-micro", 0));
		out.add(Arguments.of("tls13-hrr-chacha", "pcapng-be-multi", 0));
		out.add(Arguments.of("tls13-hrr-chacha", "pcapng-spb", 1));
		return out.stream();
	}

	@ParameterizedTest(name = "{0} as {1} link type {2}")
	@MethodSource("variants")
	void rewrittenCapturesAgreeWithTshark(String source, String format, int linkType) throws Exception {
		assumeTrue(Tshark.available(), "tshark is not installed");
		List<byte[]> ips = new ArrayList<>();
		List<Long> times = new ArrayList<>();
		readIp(Oracles.pcaps().resolve(source + (source.startsWith("illustrated") ? ".pcap" : ".pcapng")), ips, times);
		Path file = dir.resolve(source + "." + format + (format.startsWith("pcapng") ? ".pcapng" : ".pcap"));
		List<CaptureWriter.Packet> packets = new ArrayList<>();
		int[] multi = { 1, 113, 276, 101 };
		for (int i = 0; i < ips.size(); i++) {
			int iface = format.endsWith("multi") ? i % multi.length : 0;
			int link = format.endsWith("multi") ? multi[iface] : linkType;
			packets.add(new CaptureWriter.Packet(times.get(i), iface, CaptureWriter.wrap(link, ips.get(i))));
		}
		switch (format) {
		case "pcap-le-micro" -> CaptureWriter.pcap(file, ByteOrder.LITTLE_ENDIAN, false, linkType, packets);
		case "pcap-be-nano" -> CaptureWriter.pcap(file, ByteOrder.BIG_ENDIAN, true, linkType, packets);
		case "pcap-be-micro" -> CaptureWriter.pcap(file, ByteOrder.BIG_ENDIAN, false, linkType, packets);
		case "pcapng-le-multi" -> CaptureWriter.pcapng(file, ByteOrder.LITTLE_ENDIAN, multi, packets, false, null);
		case "pcapng-be-multi" -> CaptureWriter.pcapng(file, ByteOrder.BIG_ENDIAN, multi, packets, false, null);
		default -> CaptureWriter.pcapng(file, ByteOrder.LITTLE_ENDIAN, new int[] { linkType }, packets, true, null);
		}
		Path keyLog = Oracles.pcaps().resolve(source + ".keylog");
		Agreement.assertAgrees(file.getFileName().toString(), file, keyLog, KeyLog.read(keyLog),
				TsharkAgreementTest.FIELDS, DissectorRegistry.builtins(), "tls");
		if (!format.equals("pcapng-spb")) {
			List<Long> reread = new ArrayList<>();
			readIp(file, new ArrayList<>(), reread);
			List<Long> expected = times.stream().map(t -> format.contains("nano") ? t : t / 1000 * 1000).toList();
			if (format.endsWith("multi")) {
				for (int i = 0; i < expected.size(); i++) {
					assertEquals(i % 2 == 1 ? times.get(i) : times.get(i) / 1000 * 1000, reread.get(i), "time of " + i);
				}
			} else {
				assertEquals(expected, reread);
			}
		}
	}

	/** Secrets embedded as a Decryption Secrets Block are used with no key log given, as by tshark. */
	@Test
	void embeddedSecretsDecrypt() throws Exception {
		assumeTrue(Tshark.available(), "tshark is not installed");
		List<byte[]> ips = new ArrayList<>();
		List<Long> times = new ArrayList<>();
		readIp(Oracles.pcaps().resolve("tls13-hrr-chacha.pcapng"), ips, times);
		List<CaptureWriter.Packet> packets = new ArrayList<>();
		for (int i = 0; i < ips.size(); i++) {
			packets.add(new CaptureWriter.Packet(times.get(i), 0, CaptureWriter.wrap(1, ips.get(i))));
		}
		Path file = dir.resolve("with-secrets.pcapng");
		CaptureWriter.pcapng(file, ByteOrder.LITTLE_ENDIAN, new int[] { 1 }, packets, false,
				Files.readString(Oracles.pcaps().resolve("tls13-hrr-chacha.keylog")));
		Agreement.assertAgrees("embedded secrets", file, null, null, TsharkAgreementTest.FIELDS,
				DissectorRegistry.builtins(), "tls");
		// frame 9 carries the server's encrypted flight: readable only with the embedded secrets
		assertEquals(List.of("2", "8", "11", "15", "20"), Agreement.decode(file, null, List.of("tls.handshake.type"),
				DissectorRegistry.builtins(), "tls").get(9).get("tls.handshake.type"));
	}

	/** The IP packets and time stamps of a capture (Ethernet or BSD loopback). */
	static void readIp(Path capture, List<byte[]> ips, List<Long> times) throws IOException {
		try (CaptureReader reader = CaptureFiles.open(capture)) {
			RawPacket p;
			while ((p = reader.next()) != null) {
				int skip = switch (p.linkType()) {
				case 1 -> 14;
				case 0 -> 4;
				case 113 -> 16;
				case 276 -> 20;
				default -> 0;
				};
				ips.add(java.util.Arrays.copyOfRange(p.data(), skip, p.data().length));
				times.add(p.timestampNanos());
			}
		}
	}
}
