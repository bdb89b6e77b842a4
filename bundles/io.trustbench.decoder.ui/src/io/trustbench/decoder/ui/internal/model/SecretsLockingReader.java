package io.trustbench.decoder.ui.internal.model;

import java.io.IOException;
import io.trustbench.decoder.capture.CaptureReader;
import io.trustbench.decoder.capture.RawPacket;
import io.trustbench.decoder.tls.crypto.KeyLog;

/**
 * Passes a capture reader through, adding pcapng-embedded secrets to the key log under its lock:
 * frames are replayed on other threads while the indexing pass may still find secrets.
 */
final class SecretsLockingReader implements CaptureReader {

	private final CaptureReader delegate;
	private final KeyLog keyLog;

	SecretsLockingReader(CaptureReader delegate, KeyLog keyLog) {
		this.delegate = delegate;
		this.keyLog = keyLog;
		delegate.onSecrets(this::addSecrets);
	}

	private void addSecrets(String text) {
		synchronized (keyLog) {
			keyLog.addText(text);
		}
	}

	@Override
	public RawPacket next() throws IOException {
		return delegate.next();
	}

	@Override
	public RawPacket readAt(long fileOffset) throws IOException {
		return delegate.readAt(fileOffset);
	}

	@Override
	public boolean truncated() {
		return delegate.truncated();
	}

	@Override
	public String format() {
		return delegate.format();
	}

	@Override
	public void close() throws IOException {
		delegate.close();
	}
}
