package io.trustbench.decoder.ui.internal.model;

import io.trustbench.testing.Oracles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.trustbench.decoder.CaptureDecoder;
import io.trustbench.decoder.DecodedFrame;
import io.trustbench.decoder.DissectorRegistry;
import io.trustbench.decoder.FieldValues;
import io.trustbench.decoder.PacketSummary;
import io.trustbench.decoder.tls.crypto.KeyLog;

/**
 * The editor's model against the core's sequential decoding, on every oracle capture: replaying a
 * frame's connection gives the same row and TLS fields as decoding the whole file in order.
 */
public class CaptureModelTest {

	static Stream<String> captures() throws IOException {
		try (Stream<Path> files = Files.list(Oracles.pcaps())) {
			return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pcap") || n.endsWith(".pcapng"))
					.sorted().toList().stream();
		}
	}

	static Path keyLogOf(String name) {
		Path keyLog = Oracles.pcaps().resolve(name.replaceFirst("\\.pcap(ng)?$", ".keylog"));
		return Files.exists(keyLog) ? keyLog : null;
	}

	@ParameterizedTest
	@MethodSource("captures")
	void replayedFramesEqualSequentialDecoding(String name) throws Exception {
		Path capture = Oracles.pcaps().resolve(name);
		Path keyLog = keyLogOf(name);
		List<DecodedFrame> sequential = new ArrayList<>();
		new CaptureDecoder(DissectorRegistry.builtins()).decode(capture, keyLog == null ? null : KeyLog.read(keyLog),
				sequential::add, new NullProgressMonitor());
		try (CaptureModel model = new CaptureModel(capture, keyLog, DissectorRegistry.builtins())) {
			model.buildIndex(new NullProgressMonitor(), () -> {
			});
			assertTrue(model.indexComplete());
			assertEquals(sequential.size(), model.packetCount());
			long first = sequential.isEmpty() ? 0 : sequential.get(0).timestampNanos();
			int[] all = new int[sequential.size()];
			for (int i = 0; i < all.length; i++) {
				all[i] = i + 1;
			}
			model.fetchRows(all);
			for (DecodedFrame expected : sequential) {
				PacketSummary row = model.cachedRow(expected.number());
				assertNotNull(row, "row " + expected.number());
				assertEquals(expected.summary(first), row, name + " row " + expected.number());
				if (expected.carriesTls()) {
					DecodedFrame replayed = model.decode(expected.number());
					assertEquals(FieldValues.of(expected, "tls"), FieldValues.of(replayed, "tls"),
							name + " TLS fields of frame " + expected.number());
				}
			}
		}
	}

	@Test
	void seedConnectionCarriesTheFigureFourOneMessages() throws Exception {
		Path capture = Oracles.pcaps().resolve("seed-mutual-tls12.pcapng");
		try (CaptureModel model = new CaptureModel(capture, keyLogOf(capture.getFileName().toString()),
				DissectorRegistry.builtins())) {
			model.buildIndex(new NullProgressMonitor(), () -> {
			});
			assertEquals(1, model.connections().size());
			Connection connection = model.connections().get(0);
			List<FlowMessage> messages = connection.messages();
			assertEquals("Client Hello", messages.get(0).label());
			assertTrue(messages.get(0).fromClient());
			assertEquals(2, messages.stream().filter(m -> m.handshakeType() == 20).count(), messages.toString());
			for (FlowMessage m : messages) {
				assertNotNull(io.trustbench.decoder.HandshakeExplanations.text(m.explanationKey()), "explanation of " + m);
			}
			assertTrue(connection.client().endsWith(":43996"), connection.client());
		}
	}
}
