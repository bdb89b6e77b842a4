package io.trustbench.decoder.capture;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Progress of one pass over a capture file, in thousandths of its bytes: every pass reads in file
 * order, so the offset of the packet just read is the honest measure. Cancellation is checked
 * whenever progress moves.
 */
public final class FileProgress {

	private final SubMonitor progress;
	private final long size;
	private long reported;

	public FileProgress(IProgressMonitor monitor, String task, long fileSize) {
		this.progress = SubMonitor.convert(monitor, task, 1000);
		this.size = fileSize;
	}

	/** Reports reading up to {@code fileOffset}; throws {@link OperationCanceledException} when cancelled. */
	public void at(long fileOffset) {
		long done = size <= 0 ? 1000 : Math.min(1000, fileOffset * 1000 / size);
		if (done > reported) {
			progress.worked((int) (done - reported));
			reported = done;
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
		}
	}
}
