package io.trustbench.decoder.capture;

import java.io.Closeable;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * Streams the packets of a capture one at a time, so that memory does not depend on file size.
 * A truncated last record ends the stream ({@link #truncated()} tells), as in tshark.
 */
public interface CaptureReader extends Closeable {

	/** The next packet, or null at the end of the file. */
	RawPacket next() throws IOException;

	/** Reads the packet whose record starts at {@code fileOffset} (from a packet index). */
	RawPacket readAt(long fileOffset) throws IOException;

	/** True when the file ended in the middle of a record. */
	boolean truncated();

	/** Receives key-log text from pcapng Decryption Secrets Blocks as they are read. */
	default void onSecrets(Consumer<String> keyLogText) {
	}

	/** "pcap" or "pcapng". */
	String format();
}
