package io.trustbench.decoder.tls;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.IntFunction;

/**
 * Display names of TLS code points, kept as data ({@code data/*.properties}) rather than code so
 * that adding one is a one-line change. GREASE values (RFC 8701) are recognised by pattern.
 */
public final class TlsValues {

	private static final Map<String, String> NAMES = load();

	public static final IntFunction<String> VERSION = v -> hex4("version.", v);
	public static final IntFunction<String> CONTENT_TYPE = v -> NAMES.get("content." + v);
	public static final IntFunction<String> HANDSHAKE_TYPE = v -> NAMES.get("handshake." + v);
	public static final IntFunction<String> ALERT_LEVEL = v -> NAMES.get("alert.level." + v);
	public static final IntFunction<String> ALERT = v -> NAMES.get("alert." + v);
	public static final IntFunction<String> EXTENSION = v -> grease(v) ? "Reserved (GREASE)" : NAMES.get("extension." + v);
	public static final IntFunction<String> GROUP = v -> grease(v) ? "Reserved (GREASE)" : hex4("group.", v);
	public static final IntFunction<String> SIGNATURE_SCHEME = v -> grease(v) ? "Reserved (GREASE)" : hex4("sigscheme.", v);
	public static final IntFunction<String> CIPHER_SUITE = v -> grease(v) ? "Reserved (GREASE)" : hex4("suite.", v);
	public static final IntFunction<String> POINT_FORMAT = v -> NAMES.get("pointformat." + v);
	public static final IntFunction<String> PSK_MODE = v -> NAMES.get("pskmode." + v);
	public static final IntFunction<String> CURVE_TYPE = v -> NAMES.get("curvetype." + v);
	public static final IntFunction<String> CERTIFICATE_TYPE = v -> NAMES.get("certtype." + v);
	public static final IntFunction<String> COMPRESSION = v -> NAMES.get("compression." + v);

	private TlsValues() {
	}

	/** True for the RFC 8701 GREASE pattern 0x?A?A with equal bytes. */
	public static boolean grease(int v) {
		return (v & 0x0f0f) == 0x0a0a && (v >> 8) == (v & 0xff);
	}

	/** The IANA name of a cipher suite, or null. */
	public static String cipherSuite(int id) {
		return hex4("suite.", id);
	}

	public static String versionName(int v) {
		String name = VERSION.apply(v);
		return name == null ? "Unknown (" + io.trustbench.decoder.ValueFormat.hex(v, 2) + ")" : name;
	}

	private static final Map<String, Map<Integer, String>> BY_PREFIX = new HashMap<>();

	/** Lookup by prefix and number without building a key string (called for every field). */
	private static String hex4(String prefix, int v) {
		Map<Integer, String> table = BY_PREFIX.get(prefix);
		if (table == null) {
			synchronized (BY_PREFIX) {
				table = BY_PREFIX.computeIfAbsent(prefix, p -> {
					Map<Integer, String> t = new HashMap<>();
					NAMES.forEach((k, name) -> {
						if (k.startsWith(p + "0x")) {
							t.put(Integer.parseInt(k.substring(p.length() + 2), 16), name);
						}
					});
					return t;
				});
			}
		}
		return table.get(v);
	}

	private static Map<String, String> load() {
		Map<String, String> names = new HashMap<>();
		read("data/tls-values.properties", "", names);
		read("data/ciphersuites.properties", "suite.", names);
		return names;
	}

	private static void read(String resource, String prefix, Map<String, String> into) {
		Properties p = new Properties();
		try (InputStream in = TlsValues.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + resource);
			}
			p.load(in);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		p.forEach((k, v) -> into.put(prefix + k, (String) v));
	}
}
