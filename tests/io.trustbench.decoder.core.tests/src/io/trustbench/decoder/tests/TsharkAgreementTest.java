package io.trustbench.decoder.tests;

import io.trustbench.testing.Oracles;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.trustbench.decoder.DissectorRegistry;
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
			"tls.handshake.sig_len", "tls.change_cipher_spec", "tls.handshake.random_time");

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
		Agreement.assertAgrees(name, capture, withKeys ? keyLog : null, withKeys ? KeyLog.read(keyLog) : null, FIELDS,
				DissectorRegistry.builtins(), "tls");
	}

	/** The same captures without their key logs: encrypted records must look exactly as in tshark. */
	@ParameterizedTest
	@MethodSource("capturesWithKeyLogs")
	void agreesWithTsharkWithoutKeys(String name) throws Exception {
		assumeTrue(Tshark.available(), "tshark is not installed");
		Agreement.assertAgrees(name + " (no keys)", Oracles.pcaps().resolve(name), null, null, FIELDS,
				DissectorRegistry.builtins(), "tls");
	}

	static Stream<String> capturesWithKeyLogs() throws IOException {
		return captures().filter(n -> Files.exists(Oracles.pcaps().resolve(n.replaceFirst("\\.pcap(ng)?$", ".keylog"))));
	}
}
