package io.trustbench.decoder.tests;

import io.trustbench.testing.Oracles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.trustbench.cli.Args;
import io.trustbench.cli.CommandContext;
import io.trustbench.decoder.CaptureSession;
import io.trustbench.decoder.DecodedFrame;
import io.trustbench.decoder.DissectorRegistry;
import io.trustbench.decoder.Field;
import io.trustbench.decoder.HandshakeExplanations;
import io.trustbench.decoder.LadderEntry;
import io.trustbench.decoder.cli.TlsDecodeCommand;
import io.trustbench.decoder.filter.DisplayFilter;
import io.trustbench.decoder.tls.crypto.KeyLog;

/** The API the editor builds on: random access, field offsets, filters, ladder, explanations, CLI JSON. */
class SessionAndFilterTest {

	private final Path capture = Oracles.pcaps().resolve("seed-mutual-tls12.pcapng");
	private final Path keyLog = Oracles.pcaps().resolve("seed-mutual-tls12.keylog");

	@Test
	void randomAccessDecodesAPacketLikeTheStreamingPass() throws Exception {
		try (CaptureSession session = CaptureSession.open(capture, KeyLog.read(keyLog), DissectorRegistry.builtins(),
				new NullProgressMonitor())) {
			assertEquals(17, session.size());
			DecodedFrame late = session.decode(12);
			assertEquals(List.of("21"), late.values("tls.record.content_type"));
			assertEquals(List.of("0"), late.values("tls.alert_message.desc"), "decrypted by replaying its connection");
			DecodedFrame early = session.decode(6);
			assertEquals(List.of("2", "11", "12", "13", "14"), early.values("tls.handshake.type"));
			Field random = early.roots().stream().map(r -> r.find("tls.handshake.random")).filter(f -> f != null)
					.findFirst().orElseThrow();
			byte[] bytes = random.source().bytes();
			assertEquals(random.value(),
					java.util.HexFormat.of().formatHex(bytes, random.offset(), random.offset() + random.length()),
					"offset and length point at the bytes of the field");
			assertTrue(session.summary(4).info().contains("Client Hello"));
			List<LadderEntry> ladder = session.ladder(session.index().connection(4));
			assertEquals("Client Hello", ladder.get(0).message());
			assertNotNull(HandshakeExplanations.text(ladder.get(0).explanationKey()));
			assertTrue(ladder.stream().anyMatch(e -> e.message().equals("Certificate Verify")));
		}
	}

	@Test
	void displayFilters() throws Exception {
		try (CaptureSession session = CaptureSession.open(capture, KeyLog.read(keyLog), DissectorRegistry.builtins(),
				new NullProgressMonitor())) {
			DecodedFrame hello = session.decode(4);
			assertTrue(DisplayFilter.parse("tls.handshake.type == 1").matches(hello));
			assertTrue(DisplayFilter.parse("tls && tls.handshake.ciphersuite == 0xc02b").matches(hello));
			assertTrue(DisplayFilter.parse("tls.record.length > 100 and not tls.alert_message").matches(hello));
			assertFalse(DisplayFilter.parse("tls.handshake.type == 2 || tcp.srcport == 1").matches(hello));
			assertTrue(DisplayFilter.parse("(ip.src == 127.0.0.1) and tls.handshake.version == \"0x0303\"").matches(hello));
			assertThrows(IllegalArgumentException.class, () -> DisplayFilter.parse("tls.handshake.type =="));
			assertThrows(IllegalArgumentException.class, () -> DisplayFilter.parse("(tls"));
		}
	}

	@Test
	void cliJsonIsOneObjectPerTlsFrame() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
		CommandContext context = new CommandContext(new Args(List.of(capture.toString(), "--keylog", keyLog.toString())),
				Path.of("."), true, out, System.err, new BufferedReader(new StringReader("")), new NullProgressMonitor());
		assertEquals(0, new TlsDecodeCommand().run(context));
		String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
		assertEquals(8, lines.length);
		JsonObject first = JsonParser.parseString(lines[0]).getAsJsonObject();
		assertEquals(4, first.get("frame").getAsInt());
		assertEquals("1", first.getAsJsonObject("fields").getAsJsonArray("tls.handshake.type").get(0).getAsString());
	}
}
