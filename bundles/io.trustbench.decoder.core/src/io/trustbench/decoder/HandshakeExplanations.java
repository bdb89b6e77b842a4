package io.trustbench.decoder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Short explanations of TLS messages for the editor (title and text by {@link LadderEntry}
 * key, e.g. {@code handshake.1}), kept as data in {@code data/explanations.properties}.
 */
public final class HandshakeExplanations {

	private static final Properties TEXTS = load();

	private HandshakeExplanations() {
	}

	/** The title for a key, or null when there is no explanation. */
	public static String title(String key) {
		return TEXTS.getProperty(key + ".title");
	}

	/** The explanation text for a key, or null. */
	public static String text(String key) {
		return TEXTS.getProperty(key);
	}

	private static Properties load() {
		Properties p = new Properties();
		try (InputStream in = HandshakeExplanations.class.getResourceAsStream("data/explanations.properties")) {
			if (in == null) {
				throw new IllegalStateException("missing data/explanations.properties");
			}
			p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return p;
	}
}
