package io.trustbench.decoder.ui.internal.model;

import io.trustbench.decoder.LadderEntry;

/**
 * One arrow of the ladder diagram: the core's {@link LadderEntry} (frame, message, explanation
 * key) and its direction in the connection, which the entry's addresses alone do not give.
 */
public record FlowMessage(LadderEntry entry, boolean fromClient) {

	/** What the arrow carries, for its colour. */
	public enum Kind {
		HANDSHAKE, ENCRYPTED, CHANGE_CIPHER_SPEC, ALERT, APPLICATION_DATA, OTHER
	}

	private static final String HANDSHAKE_PREFIX = "handshake.";

	public int frame() {
		return entry.frame();
	}

	/** The name shown on the arrow ("Client Hello", "Change Cipher Spec", …). */
	public String label() {
		return entry.message();
	}

	/** Key into the core's {@code HandshakeExplanations}. */
	public String explanationKey() {
		return entry.explanationKey();
	}

	/** The handshake message type, or -1 for other content. */
	public int handshakeType() {
		String key = entry.explanationKey();
		if (key == null || !key.startsWith(HANDSHAKE_PREFIX)) {
			return -1;
		}
		try {
			return Integer.parseInt(key.substring(HANDSHAKE_PREFIX.length()));
		} catch (NumberFormatException e) {
			return -1;
		}
	}

	public Kind kind() {
		String key = entry.explanationKey() == null ? "" : entry.explanationKey();
		if (key.startsWith(HANDSHAKE_PREFIX)) {
			return Kind.HANDSHAKE;
		}
		return switch (key) {
		case "encrypted" -> Kind.ENCRYPTED;
		case "change_cipher_spec" -> Kind.CHANGE_CIPHER_SPEC;
		case "alert" -> Kind.ALERT;
		case "application_data" -> Kind.APPLICATION_DATA;
		default -> Kind.OTHER;
		};
	}
}
