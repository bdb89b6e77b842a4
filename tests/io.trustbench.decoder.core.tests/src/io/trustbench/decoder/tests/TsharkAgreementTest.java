package io.trustbench.decoder.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.trustbench.decoder.CaptureDecoder;
import io.trustbench.decoder.DissectorRegistry;
import io.trustbench.decoder.FieldValues;
import io.trustbench.decoder.tls.crypto.KeyLog;

/**
 * Every capture in tests/oracles/pcaps, with its key log when one sits beside it: the frames that
 * carry TLS and the values of every compared field must equal tshark's, occurrence by occurrence.
 */
class TsharkAgreementTest {

	static final List<String> FIELDS = List.of("tls.record.content_type", "tls.record.version", "tls.record.length",
			"tls.handshake.type", "tls.handshake.length", "tls.handshake.version", "tls.handshake.random",
			"tls.handshake.session_id", "tls.handshake.ciphersuite", "tls.handshake.comp_method",
			"tls.handshake.extension.type", "tls.handshake.extensions_server_name",
			"tls.handshake.extensions_supported_group", "tls.handshake.sig_hash_alg",
			"tls.handshake.extensions_alpn_str", "tls.handshake.extensions.supported_version",
			"tls.handshake.certificate_length", "tls.handshake.server_named_curve", "tls.alert_message.level",
			"tls.alert_message.desc", "tls.app_data", "tls.record.opaque_type", "tls.handshake.extensions_key_share_group",
			"tls.handshake.extensions_ec_point_format", "tls.handshake.cipher_suites_length",
			"tls.handshake.extensions_length", "tls.handshake.session_id_length", "tls.handshake.certificates_length",
			"tls.handshake.verify_data", "tls.handshake.server_point", "tls.handshake.client_point",
			"tls.handshake.sig_len", "tls.change_cipher_spec");

	static Stream<String> captures() throws IOException {
		try (Stream<Path> files = Files.list(Oracles.pcaps())) {
			return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pcap") || n.endsWith(".pcapng"))
					.sorted().toList().stream();
		}
	}

	@ParameterizedTest
	@MethodSource("captures")
	void agreesWithTshark(String name) throws Exception {
		assumeTrue(Tshark.available(), "tshark is not installed");
		Path capture = Oracles.pcaps().resolve(name);
		Path keyLog = Oracles.pcaps().resolve(name.replaceFirst("\\.pcap(ng)?$", ".keylog"));
		boolean withKeys = Files.exists(keyLog);
		Map<Integer, Map<String, List<String>>> expected = Tshark.fields(capture, withKeys ? keyLog : null, FIELDS);
		Map<Integer, Map<String, List<String>>> actual = decode(capture, withKeys ? KeyLog.read(keyLog) : null);
		String want = render(expected);
		String got = render(actual);
		assertEquals(want, got, () -> name + " differs from tshark:\n" + diff(want, got));
	}

	static Map<Integer, Map<String, List<String>>> decode(Path capture, KeyLog keyLog) throws IOException {
		Map<Integer, Map<String, List<String>>> frames = new TreeMap<>();
		new CaptureDecoder(DissectorRegistry.builtins()).decode(capture, keyLog, frame -> {
			if (frame.carriesTls()) {
				Map<String, List<String>> all = FieldValues.of(frame, "tls");
				Map<String, List<String>> selected = new LinkedHashMap<>();
				for (String field : FIELDS) {
					if (all.containsKey(field)) {
						selected.put(field, all.get(field));
					}
				}
				frames.put(frame.number(), selected);
			}
		}, new NullProgressMonitor());
		return frames;
	}

	/** Lines only tshark printed (-) and lines only the decoder printed (+), at most 40. */
	static String diff(String want, String got) {
		List<String> wantLines = List.of(want.split("\n"));
		List<String> gotLines = List.of(got.split("\n"));
		StringBuilder sb = new StringBuilder();
		int shown = 0;
		for (String line : wantLines) {
			if (!gotLines.contains(line) && shown++ < 40) {
				sb.append("- ").append(line, 0, Math.min(line.length(), 240)).append('\n');
			}
		}
		for (String line : gotLines) {
			if (!wantLines.contains(line) && shown++ < 40) {
				sb.append("+ ").append(line, 0, Math.min(line.length(), 240)).append('\n');
			}
		}
		return sb.toString();
	}

	/** One line per frame and field, so that a failure shows exactly which values differ. */
	static String render(Map<Integer, Map<String, List<String>>> frames) {
		List<String> lines = new ArrayList<>();
		frames.forEach((frame, fields) -> {
			lines.add("frame " + frame);
			fields.forEach((field, values) -> lines.add("  " + frame + " " + field + " = " + values));
		});
		return String.join("\n", lines);
	}
}
