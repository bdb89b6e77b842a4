package io.trustbench.decoder.ui.internal.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Short explanations of what each TLS message does in the handshake, kept as data in
 * {@code explanations.properties} (the core has none yet). A key with the sender's side wins over
 * one without.
 */
public final class HandshakeExplanations {

	private static final Properties TEXTS = load();

	private HandshakeExplanations() {
	}

	/** The explanation of {@code message}, or null when there is none. */
	public static String explain(FlowMessage message) {
		return lookup(message.explanationKey());
	}

	/** The seed section(s) the explanation comes from, or null. */
	public static String section(FlowMessage message) {
		String key = message.explanationKey();
		return TEXTS.getProperty(withoutSide(key) + ".section");
	}

	static String lookup(String key) {
		String text = TEXTS.getProperty(key);
		return text != null ? text : TEXTS.getProperty(withoutSide(key));
	}

	private static String withoutSide(String key) {
		return key.replaceFirst("\\.(client|server)$", "");
	}

	private static Properties load() {
		Properties p = new Properties();
		try (InputStream in = HandshakeExplanations.class.getResourceAsStream("explanations.properties")) {
			if (in == null) {
				throw new IllegalStateException("explanations.properties is missing from the bundle");
			}
			p.load(in);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return p;
	}
}
