package io.trustbench.decoder.quic;

import java.util.Map;
import java.util.TreeMap;

import io.trustbench.decoder.ByteReader;
import io.trustbench.decoder.DataSource;
import io.trustbench.decoder.DissectorContext;
import io.trustbench.decoder.tls.TlsHandshakeStream;
import io.trustbench.decoder.tls.TlsSession;

/**
 * One QUIC connection as far as the decoder follows it: the Initial keys and, per direction, the
 * CRYPTO stream put back in order (frames may arrive out of order, even inside one packet).
 */
final class QuicConnection {

	/** CRYPTO data held beyond this per direction is dropped (a hostile or broken stream). */
	private static final int MAX_HELD = 256 * 1024;

	final String clientAddress;
	final int clientPort;
	final QuicInitialKeys[] keys;
	final CryptoStream fromClient;
	final CryptoStream fromServer;

	QuicConnection(String clientAddress, int clientPort, QuicInitialKeys[] keys, TlsSession session) {
		this.clientAddress = clientAddress;
		this.clientPort = clientPort;
		this.keys = keys;
		this.fromClient = new CryptoStream(new TlsHandshakeStream(session, true));
		this.fromServer = new CryptoStream(new TlsHandshakeStream(session, false));
	}

	/** The Initial-level CRYPTO stream of one direction. */
	static final class CryptoStream {
		private final TlsHandshakeStream handshake;
		private final TreeMap<Long, byte[]> held = new TreeMap<>();
		private long next;
		private int heldBytes;

		CryptoStream(TlsHandshakeStream handshake) {
			this.handshake = handshake;
		}

		void frame(DissectorContext context, long offset, byte[] data) {
			if (offset + data.length <= next || heldBytes + data.length > MAX_HELD) {
				return;
			}
			held.merge(offset, data, (a, b) -> a.length >= b.length ? a : b);
			heldBytes += data.length;
		}

		/** Hands the contiguous prefix to TLS; called once per packet after all its frames. */
		void flush(DissectorContext context) {
			java.io.ByteArrayOutputStream contiguous = new java.io.ByteArrayOutputStream();
			while (!held.isEmpty() && held.firstKey() <= next) {
				Map.Entry<Long, byte[]> e = held.pollFirstEntry();
				heldBytes -= e.getValue().length;
				long end = e.getKey() + e.getValue().length;
				if (end > next) {
					int skip = (int) (next - e.getKey());
					contiguous.write(e.getValue(), skip, e.getValue().length - skip);
					next = end;
				}
			}
			if (contiguous.size() > 0) {
				byte[] bytes = contiguous.toByteArray();
				DataSource source = context.frame().addSource("Reassembled CRYPTO", bytes);
				handshake.add(context, new ByteReader(source, 0, bytes.length));
			}
		}
	}
}
