package io.trustbench.tlsclient.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.file.Path;
import java.util.Optional;

import org.bouncycastle.tls.TlsClientProtocol;

import io.trustbench.tlsclient.core.record.PcapngWriter;
import io.trustbench.tlsclient.core.record.TrafficCapture;

/**
 * An established hardened TLS connection: application streams, what the handshake negotiated,
 * the session's key log and (when recording) the captured byte streams.
 */
public final class DeviceTlsConnection implements AutoCloseable {

	private final Socket socket;
	private final TlsClientProtocol protocol;
	private final HandshakeReport report;
	private final KeyLog keyLog;
	private final TrafficCapture capture;
	private boolean closed;

	DeviceTlsConnection(Socket socket, TlsClientProtocol protocol, HandshakeReport report, KeyLog keyLog,
			TrafficCapture capture) {
		this.socket = socket;
		this.protocol = protocol;
		this.report = report;
		this.keyLog = keyLog;
		this.capture = capture;
	}

	public InputStream inputStream() {
		return protocol.getInputStream();
	}

	public OutputStream outputStream() {
		return protocol.getOutputStream();
	}

	public HandshakeReport report() {
		return report;
	}

	public KeyLog keyLog() {
		return keyLog;
	}

	public Optional<TrafficCapture> capture() {
		return Optional.ofNullable(capture);
	}

	public Socket socket() {
		return socket;
	}

	/** Writes the capture as pcapng (connection closed or not); requires recording. */
	public void writePcapng(Path file, boolean embedKeyLog) throws IOException {
		if (capture == null) {
			throw new IllegalStateException("the connection was not recorded");
		}
		PcapngWriter.write(file, capture, embedKeyLog ? keyLog.text() : null);
	}

	/** Sends close_notify and closes the socket. */
	@Override
	public synchronized void close() throws IOException {
		if (closed) {
			return;
		}
		closed = true;
		try {
			protocol.close();
		} finally {
			socket.close();
			if (capture != null) {
				capture.markClosed();
			}
		}
	}
}
