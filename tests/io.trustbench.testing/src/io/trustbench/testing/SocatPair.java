package io.trustbench.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Two linked pseudo-terminals made by {@code socat}; {@link #available()} is false without socat. */
public final class SocatPair implements AutoCloseable {

	public final Path kitEnd;
	public final Path hostEnd;
	private final Process process;

	public SocatPair(Path dir) throws IOException, InterruptedException {
		kitEnd = dir.resolve("kit");
		hostEnd = dir.resolve("host");
		process = new ProcessBuilder("socat", "-d", "-d", "pty,raw,echo=0,link=" + kitEnd,
				"pty,raw,echo=0,link=" + hostEnd).redirectErrorStream(true).redirectOutput(dir.resolve("socat.log").toFile())
				.start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (!(Files.exists(kitEnd) && Files.exists(hostEnd))) {
			if (System.nanoTime() > deadline || !process.isAlive()) {
				close();
				throw new IOException("socat did not create the pseudo-terminals");
			}
			// waiting on a condition, bounded by the deadline
			process.waitFor(20, TimeUnit.MILLISECONDS);
		}
	}

	public static boolean available() {
		try {
			Process p = new ProcessBuilder("socat", "-V").redirectErrorStream(true).start();
			p.getInputStream().readAllBytes();
			return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
		} catch (IOException | InterruptedException e) {
			return false;
		}
	}

	/** Pulls the plug: both pseudo-terminals disappear. */
	@Override
	public void close() {
		Processes.stop(process);
	}
}
