package io.trustbench.decoder.ui.internal.model;

import java.io.IOException;
import java.util.function.Predicate;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import io.trustbench.decoder.DecodedFrame;
import io.trustbench.decoder.PacketDecoder;
import io.trustbench.decoder.capture.CaptureFiles;
import io.trustbench.decoder.capture.CaptureReader;
import io.trustbench.decoder.capture.RawPacket;

/**
 * Decodes the indexed packets in order once more and keeps the numbers of the frames a display
 * filter matches (fields of later frames depend on earlier ones, so filtering cannot skip). Run
 * it after indexing: it reads the key log the index pass completed.
 */
public final class FilterPass {

	private FilterPass() {
	}

	public static int[] run(CaptureModel model, Predicate<DecodedFrame> filter, IProgressMonitor monitor)
			throws IOException {
		int total = model.packetCount();
		SubMonitor progress = SubMonitor.convert(monitor, Math.max(1, total / 1024));
		IntList matches = new IntList(1024);
		try (CaptureReader reader = CaptureFiles.open(model.capture())) {
			PacketDecoder decoder = new PacketDecoder(model.registry(), model.keyLog());
			RawPacket packet;
			int number = 0;
			while (number < total && (packet = reader.next()) != null) {
				number++;
				DecodedFrame frame = decoder.decode(packet, number);
				if (filter.test(frame)) {
					matches.add(number);
				}
				if ((number & 1023) == 0) {
					progress.worked(1);
					if (progress.isCanceled()) {
						throw new OperationCanceledException();
					}
				}
			}
		}
		return matches.toArray();
	}
}
