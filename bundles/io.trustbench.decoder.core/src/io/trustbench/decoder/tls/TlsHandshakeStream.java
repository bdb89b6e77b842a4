package io.trustbench.decoder.tls;

import io.trustbench.decoder.ByteReader;
import io.trustbench.decoder.DissectorContext;
import io.trustbench.decoder.Field;

/**
 * TLS handshake messages carried without records, as QUIC's CRYPTO frames carry them (RFC 9001
 * §4): the same message dissectors and reassembly as over TCP, fed in-order handshake bytes.
 */
public final class TlsHandshakeStream {

	private final TlsDirection direction;

	public TlsHandshakeStream(TlsSession session, boolean fromClient) {
		this.direction = new TlsDirection(session, fromClient, null);
	}

	/** Dissects the handshake messages that {@code data} completes, under the frame's TLS item. */
	public void add(DissectorContext context, ByteReader data) {
		Field root = direction.root(context);
		direction.handshakes.add(context, direction, data, root);
	}
}
