package io.trustbench.secureelement.core.internal.transport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fazecast.jSerialComm.SerialPort;

import io.trustbench.secureelement.core.kit.HidFraming;
import io.trustbench.secureelement.core.kit.KitConnection;
import io.trustbench.secureelement.core.kit.KitEndpoint;
import io.trustbench.secureelement.core.kit.KitProtocolException;
import io.trustbench.secureelement.core.kit.KitTimeoutException;

/**
 * One open CDC kit: the command written in pieces of at most 1024 bytes (as the Insight GUI does),
 * the reply read until a newline or the deadline. Stale bytes from an earlier timed-out reply are
 * discarded before each command.
 */
final class SerialKitConnection implements KitConnection {

	static final int WRITE_PIECE = 1024;

	private final KitEndpoint endpoint;
	private final SerialPort port;

	SerialKitConnection(KitEndpoint endpoint, SerialPort port) {
		this.endpoint = endpoint;
		this.port = port;
	}

	@Override
	public KitEndpoint endpoint() {
		return endpoint;
	}

	@Override
	public synchronized String transact(String commandLine, Duration timeout) throws IOException {
		if (!port.isOpen()) {
			throw new IOException(endpoint.id() + " is closed");
		}
		discardStale();
		byte[] bytes = (commandLine + "\n").getBytes(StandardCharsets.ISO_8859_1);
		for (int from = 0; from < bytes.length; from += WRITE_PIECE) {
			int n = Math.min(WRITE_PIECE, bytes.length - from);
			if (port.writeBytes(bytes, n, from) != n) {
				throw new IOException("writing to " + endpoint.location() + " failed; unplugged?");
			}
		}
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		byte[] buffer = new byte[256];
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			int n = port.readBytes(buffer, buffer.length);
			if (n < 0) {
				throw new IOException("reading from " + endpoint.location() + " failed; unplugged?");
			}
			for (int i = 0; i < n; i++) {
				if (buffer[i] == '\n') {
					return line.toString(StandardCharsets.ISO_8859_1);
				}
				line.write(buffer[i]);
			}
			if (line.size() > HidFraming.MAX_LINE) {
				throw new KitProtocolException("kit sent more than " + HidFraming.MAX_LINE + " bytes without a newline");
			}
		}
		throw new KitTimeoutException("no complete reply to " + commandLine.split("\\(")[0] + " on "
				+ endpoint.location());
	}

	private void discardStale() {
		byte[] buffer = new byte[256];
		while (port.bytesAvailable() > 0) {
			if (port.readBytes(buffer, Math.min(buffer.length, port.bytesAvailable())) <= 0) {
				return;
			}
		}
	}

	@Override
	public void close() {
		port.closePort();
	}
}
