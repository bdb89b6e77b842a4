package io.trustbench.decoder.ui.internal.model;

/**
 * One arrow of the ladder diagram: a TLS message (or record for encrypted content) in a frame,
 * its direction and what it is.
 *
 * @param handshakeType the handshake message type, or -1 when {@code kind} is not HANDSHAKE
 * @param label         the name shown on the arrow ("Client Hello", "Change Cipher Spec", …)
 */
public record FlowMessage(int frame, boolean fromClient, Kind kind, int handshakeType, String label) {

	/** TLS record content as the ladder distinguishes it. */
	public enum Kind {
		HANDSHAKE, ENCRYPTED_HANDSHAKE, CHANGE_CIPHER_SPEC, ALERT, APPLICATION_DATA, HEARTBEAT
	}

	/** Key of this message's explanation in {@code explanations.properties}. */
	public String explanationKey() {
		String side = fromClient ? ".client" : ".server";
		return switch (kind) {
		case HANDSHAKE -> "handshake." + handshakeType + side;
		case ENCRYPTED_HANDSHAKE -> "encrypted_handshake" + side;
		case CHANGE_CIPHER_SPEC -> "change_cipher_spec" + side;
		case ALERT -> "alert" + side;
		case APPLICATION_DATA -> "application_data" + side;
		case HEARTBEAT -> "heartbeat" + side;
		};
	}
}
