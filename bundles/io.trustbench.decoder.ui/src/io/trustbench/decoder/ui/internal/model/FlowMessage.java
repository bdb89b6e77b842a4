package io.trustbench.decoder.ui.internal.model;

/**
 * One arrow of the ladder diagram: frame, direction in the connection, the message name shown on
 * the arrow and the key into the core's {@code HandshakeExplanations}. Kept for every TLS message
 * of the capture, so it holds no addresses (the connection has them) and shared strings only.
 */
public record FlowMessage(int frame, boolean fromClient, String label, String explanationKey) {

	/** What the arrow carries, for its colour. */
	public enum Kind {
		HANDSHAKE, ENCRYPTED, CHANGE_CIPHER_SPEC, ALERT, APPLICATION_DATA, OTHER
	}

	private static final String HANDSHAKE_PREFIX = "handshake.";

	/** The handshake message type, or -1 for other content. */
	public int handshakeType() {
		String key = explanationKey;
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
		String key = explanationKey == null ? "" : explanationKey;
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
