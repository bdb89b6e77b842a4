package io.trustbench.tlsclient.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bouncycastle.tls.CipherSuite;

/**
 * The suites a P-256 secure element can carry: ECDHE key agreement and ECDSA client
 * authentication in TLS 1.2, and the TLS 1.3 AEAD suites (whose key share and CertificateVerify
 * need the same two device operations). The seed's suite comes first.
 */
public final class CipherSuites {

	/** The suite of the seed's captures (hardening-tls-atecc508a.md §4.1.2). */
	public static final String SEED_SUITE = "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256";

	private static final Map<String, Integer> TLS12 = new LinkedHashMap<>();
	private static final Map<String, Integer> TLS13 = new LinkedHashMap<>();

	static {
		TLS12.put(SEED_SUITE, CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256);
		TLS12.put("TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384);
		TLS12.put("TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
				CipherSuite.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256);
		TLS12.put("TLS_ECDHE_ECDSA_WITH_AES_128_CCM", CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CCM);
		TLS12.put("TLS_ECDHE_ECDSA_WITH_AES_256_CCM", CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_CCM);
		TLS12.put("TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256", CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256);
		TLS12.put("TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384", CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384);
		TLS12.put("TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA", CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA);
		TLS12.put("TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA", CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA);
		TLS13.put("TLS_AES_128_GCM_SHA256", CipherSuite.TLS_AES_128_GCM_SHA256);
		TLS13.put("TLS_AES_256_GCM_SHA384", CipherSuite.TLS_AES_256_GCM_SHA384);
		TLS13.put("TLS_CHACHA20_POLY1305_SHA256", CipherSuite.TLS_CHACHA20_POLY1305_SHA256);
	}

	private CipherSuites() {
	}

	/** Every supported suite name, TLS 1.3 first then TLS 1.2 (seed suite first among those). */
	public static List<String> all() {
		List<String> names = new ArrayList<>(TLS13.keySet());
		names.addAll(TLS12.keySet());
		return names;
	}

	public static List<String> tls12() {
		return List.copyOf(TLS12.keySet());
	}

	public static List<String> tls13() {
		return List.copyOf(TLS13.keySet());
	}

	public static boolean isTls13(String name) {
		return TLS13.containsKey(name);
	}

	/** The IANA code of a suite name (case-insensitive), if supported. */
	public static Optional<Integer> code(String name) {
		for (Map<String, Integer> table : List.of(TLS12, TLS13)) {
			for (Map.Entry<String, Integer> e : table.entrySet()) {
				if (e.getKey().equalsIgnoreCase(name)) {
					return Optional.of(e.getValue());
				}
			}
		}
		return Optional.empty();
	}

	/** The name of a suite code; {@code 0xC02B}-style hex for a suite outside the table. */
	public static String name(int code) {
		for (Map<String, Integer> table : List.of(TLS12, TLS13)) {
			for (Map.Entry<String, Integer> e : table.entrySet()) {
				if (e.getValue() == code) {
					return e.getKey();
				}
			}
		}
		return String.format("0x%04X", code);
	}
}
