package io.trustbench.decoder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;

import io.trustbench.decoder.capture.CaptureFiles;
import io.trustbench.decoder.capture.CaptureReader;
import io.trustbench.decoder.capture.FileProgress;
import io.trustbench.decoder.capture.RawPacket;
import io.trustbench.decoder.tls.crypto.KeyLog;

/**
 * Streams a whole capture through a {@link PacketDecoder}: one packet in memory at a time plus the
 * decoder's per-connection state. Key-log secrets embedded in the pcapng are added as they appear.
 */
public final class CaptureDecoder {

	private final DissectorRegistry registry;
	private final boolean bufferOutOfOrder;

	/** A decoder that handles TCP like tshark's defaults. */
	public CaptureDecoder(DissectorRegistry registry) {
		this(registry, false);
	}

	/** @param bufferOutOfOrder see {@link PacketDecoder#PacketDecoder(DissectorRegistry, KeyLog, boolean)} */
	public CaptureDecoder(DissectorRegistry registry, boolean bufferOutOfOrder) {
		this.registry = registry;
		this.bufferOutOfOrder = bufferOutOfOrder;
	}

	/**
	 * Decodes every packet of {@code file} in order and hands each frame to {@code sink}.
	 *
	 * @param keyLog extra secrets ({@code --keylog}), or null
	 * @return the counters of the pass
	 */
	public DecodeStatistics decode(Path file, KeyLog keyLog, Consumer<DecodedFrame> sink, IProgressMonitor monitor)
			throws IOException {
		PacketDecoder decoder = new PacketDecoder(registry, keyLog, bufferOutOfOrder);
		FileProgress progress = new FileProgress(monitor, "Decoding " + file.getFileName(), java.nio.file.Files.size(file));
		try (CaptureReader reader = CaptureFiles.open(file)) {
			reader.onSecrets(decoder.keyLog()::addText);
			RawPacket packet;
			while ((packet = reader.next()) != null) {
				sink.accept(decoder.decode(packet));
				progress.at(packet.fileOffset());
			}
		}
		return decoder.statistics();
	}
}
