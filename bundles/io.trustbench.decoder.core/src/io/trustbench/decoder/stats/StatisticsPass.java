package io.trustbench.decoder.stats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import io.trustbench.decoder.DecodeStatistics;
import io.trustbench.decoder.DissectorRegistry;
import io.trustbench.decoder.PacketDecoder;
import io.trustbench.decoder.capture.CaptureFiles;
import io.trustbench.decoder.capture.CaptureReader;
import io.trustbench.decoder.capture.FileProgress;
import io.trustbench.decoder.capture.RawPacket;
import io.trustbench.decoder.tls.crypto.KeyLog;

/**
 * The counters of a whole capture ({@code tls decode --stats}) using every core: the calling
 * thread reads packets and deals them out by {@link FlowHash}, and each worker runs its own
 * {@link PacketDecoder} (the same dissectors as every other pass, into {@link
 * io.trustbench.decoder.Field#DISCARD}: no field trees are kept) over its share. All state a
 * decoder keeps is per TCP connection or UDP flow, and a flow always goes to the same worker in
 * capture order, so the summed counters equal one sequential pass's. Memory stays bounded: at
 * most {@link #QUEUED} batches of {@link #BATCH} packets wait per worker.
 */
public final class StatisticsPass {

	static final int BATCH = 256;
	static final int QUEUED = 16;

	private final DissectorRegistry registry;
	private final boolean bufferOutOfOrder;
	private final int workers;

	/** @param workers decoding threads (1 decodes on one worker beside the reading thread) */
	public StatisticsPass(DissectorRegistry registry, boolean bufferOutOfOrder, int workers) {
		this.registry = registry;
		this.bufferOutOfOrder = bufferOutOfOrder;
		this.workers = Math.max(1, workers);
	}

	/**
	 * What {@code --stats} uses: one worker per available processor, or the system property
	 * {@code trustbench.decoder.workers} (for measuring).
	 */
	public static int defaultWorkers() {
		return Math.max(1, Integer.getInteger("trustbench.decoder.workers", Runtime.getRuntime().availableProcessors()));
	}

	/**
	 * Decodes every packet of {@code file} and returns the summed counters.
	 *
	 * @param keyLog extra secrets ({@code --keylog}), or null; pcapng secrets blocks are added too
	 */
	public DecodeStatistics run(Path file, KeyLog keyLog, IProgressMonitor monitor) throws IOException {
		KeyLog secrets = keyLog == null ? new KeyLog() : keyLog;
		Worker[] pool = new Worker[workers];
		for (int i = 0; i < workers; i++) {
			pool[i] = new Worker(new PacketDecoder(registry, secrets, bufferOutOfOrder, false), "tls-stats-" + i);
			pool[i].start();
		}
		try {
			deal(file, secrets, pool, monitor);
		} finally {
			for (Worker w : pool) {
				w.finish();
			}
		}
		DecodeStatistics total = new DecodeStatistics();
		for (Worker w : pool) {
			w.rethrow();
			total.add(w.decoder.statistics());
		}
		return total;
	}

	private void deal(Path file, KeyLog secrets, Worker[] pool, IProgressMonitor monitor) throws IOException {
		FileProgress progress = new FileProgress(monitor, "Decoding " + file.getFileName(), Files.size(file));
		int number = 0;
		try (CaptureReader reader = CaptureFiles.open(file)) {
			// secrets blocks precede the packets that need them; the queue hand-off orders the two
			reader.onSecrets(secrets::addText);
			RawPacket packet;
			while ((packet = reader.next()) != null) {
				number++;
				Worker w = pool[workers == 1 ? 0 : FlowHash.of(packet.linkType(), packet.data()) % workers];
				w.add(packet, number);
				if ((number & 0x3fff) == 0) {
					progress.at(packet.fileOffset());
				}
			}
		}
	}

	/** A decoding thread fed with batches of (packet, frame number). */
	private static final class Worker extends Thread {

		private static final Batch END = new Batch();

		final PacketDecoder decoder;
		private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(QUEUED);
		private Batch filling = new Batch();
		private volatile Throwable failure;

		Worker(PacketDecoder decoder, String name) {
			super(name);
			this.decoder = decoder;
			setDaemon(true);
		}

		void add(RawPacket packet, int number) {
			filling.packets[filling.size] = packet;
			filling.numbers[filling.size++] = number;
			if (filling.size == BATCH) {
				put(filling);
				filling = new Batch();
			}
		}

		/** Hands over the last partial batch and waits for the thread to drain its queue. */
		void finish() {
			if (filling.size > 0) {
				put(filling);
				filling = new Batch();
			}
			put(END);
			try {
				join();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}

		private void put(Batch batch) {
			try {
				while (isAlive() && !queue.offer(batch, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
					// a worker that died (a decoder bug) must not block the reader forever
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new OperationCanceledException();
			}
		}

		@Override
		public void run() {
			try {
				for (Batch batch = queue.take(); batch != END; batch = queue.take()) {
					for (int i = 0; i < batch.size; i++) {
						decoder.decode(batch.packets[i], batch.numbers[i]);
					}
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			} catch (RuntimeException | Error e) {
				failure = e;
			}
		}

		void rethrow() {
			if (failure instanceof RuntimeException e) {
				throw e;
			}
			if (failure instanceof Error e) {
				throw e;
			}
		}
	}

	/** Packets for one worker, with the frame numbers they have in the whole capture. */
	private static final class Batch {
		final RawPacket[] packets = new RawPacket[BATCH];
		final int[] numbers = new int[BATCH];
		int size;
	}
}
