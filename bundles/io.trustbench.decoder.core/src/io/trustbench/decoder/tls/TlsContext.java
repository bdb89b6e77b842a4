package io.trustbench.decoder.tls;

/**
 * Put in the dissector context while a TLS handshake message or extension is dissected: the
 * session, the direction and the enclosing message type (extensions mean different things in a
 * ClientHello and a ServerHello).
 */
public final class TlsContext {

	private final TlsSession session;
	private final boolean fromClient;
	private int messageType = -1;

	public TlsContext(TlsSession session, boolean fromClient) {
		this.session = session;
		this.fromClient = fromClient;
	}

	public TlsSession session() {
		return session;
	}

	public boolean fromClient() {
		return fromClient;
	}

	/** Handshake type of the message being dissected, -1 outside a handshake message. */
	public int messageType() {
		return messageType;
	}

	public void setMessageType(int type) {
		this.messageType = type;
	}
}
