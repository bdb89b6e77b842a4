package io.trustbench.decoder.ui.internal.model;

import java.io.IOException;
import java.nio.file.Path;

import io.trustbench.decoder.capture.CaptureFiles;
import io.trustbench.decoder.capture.CaptureFormatException;
import io.trustbench.decoder.capture.CaptureReader;
import io.trustbench.decoder.capture.RawPacket;

/**
 * Reads packets by file offset while the index is still being built. A pcapng reader can only
 * seek into sections it has already read sequentially, and seeking ends its sequential walk, so
 * this reader walks forward as far as a request needs and starts a fresh walk when a later
 * section is needed after a seek. Once indexing is done it takes over the indexing pass's reader,
 * which has seen every section.
 */
final class RandomReader implements AutoCloseable {

	private final Path file;
	private CaptureReader reader;
	private long scannedTo = -1;
	private boolean seeked;

	RandomReader(Path file) {
		this.file = file;
	}

	synchronized RawPacket readAt(long fileOffset) throws IOException {
		if (reader == null) {
			reader = CaptureFiles.open(file);
		}
		if (!"pcapng".equals(reader.format()) || fileOffset <= scannedTo) {
			seeked = true;
			return reader.readAt(fileOffset);
		}
		if (seeked) {
			reader.close();
			reader = CaptureFiles.open(file);
			scannedTo = -1;
			seeked = false;
		}
		RawPacket packet;
		while ((packet = reader.next()) != null) {
			scannedTo = packet.fileOffset();
			if (packet.fileOffset() >= fileOffset) {
				break;
			}
		}
		if (packet == null || packet.fileOffset() != fileOffset) {
			throw new CaptureFormatException("no packet at offset " + fileOffset + " of " + file.getFileName());
		}
		return packet;
	}

	/** Hands over a reader that has read the whole file, so every offset can be sought. */
	synchronized void adoptScanned(CaptureReader scanned) throws IOException {
		if (reader != null) {
			reader.close();
		}
		reader = scanned;
		scannedTo = Long.MAX_VALUE;
		seeked = true;
	}

	@Override
	public synchronized void close() throws IOException {
		if (reader != null) {
			reader.close();
			reader = null;
		}
	}
}
