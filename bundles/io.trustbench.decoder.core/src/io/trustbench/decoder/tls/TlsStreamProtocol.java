package io.trustbench.decoder.tls;

import io.trustbench.decoder.tcp.StreamConsumer;
import io.trustbench.decoder.tcp.StreamProtocol;
import io.trustbench.decoder.tcp.TcpConnection;
import io.trustbench.decoder.tls.crypto.KeyLog;

/** Recognises TLS by its first record header (any port), and sets up both directions. */
public final class TlsStreamProtocol implements StreamProtocol {

	private final KeyLog keyLog;
	private final TlsRecordDissector records = new TlsRecordDissector();

	public TlsStreamProtocol(KeyLog keyLog) {
		this.keyLog = keyLog;
	}

	@Override
	public boolean recognises(byte[] data, int offset, int length, int serverPort) {
		return length >= 5 && TlsDirection.plausibleHeader(data, offset) && (data[offset] & 0xff) != 24;
	}

	@Override
	public StreamConsumer[] open(TcpConnection connection) {
		TlsSession session = new TlsSession(keyLog, connection.serverPort());
		return new StreamConsumer[] { new TlsDirection(session, true, records), new TlsDirection(session, false, records) };
	}
}
