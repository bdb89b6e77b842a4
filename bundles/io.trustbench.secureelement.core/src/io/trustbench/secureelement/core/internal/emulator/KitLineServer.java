package io.trustbench.secureelement.core.internal.emulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import io.trustbench.core.TrafficLog;
import io.trustbench.secureelement.core.kit.KitCommand;

/**
 * Serves an emulated kit on a byte stream, e.g. one end of a {@code socat} pseudo-terminal pair,
 * so a host reaches it through the real serial transport. Lines end at '\n' (outside data
 * parentheses, which may hold raw PEM); each gets one reply line. Runs on a daemon thread until the stream ends or {@link #close()} is called.
 */
public final class KitLineServer implements AutoCloseable {

	private static final int MAX_LINE = 8192;

	private final EmulatedKit kit;
	private final InputStream in;
	private final OutputStream out;
	private final Thread thread;
	private volatile boolean running = true;

	public KitLineServer(EmulatedKit kit, InputStream in, OutputStream out) {
		this.kit = kit;
		this.in = in;
		this.out = out;
		this.thread = new Thread(this::serve, "kit-server-" + kit.id());
		this.thread.setDaemon(true);
	}

	public KitLineServer start() {
		thread.start();
		return this;
	}

	private void serve() {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		try {
			int b;
			while (running && (b = in.read()) >= 0) {
				if (b == '\n' && KitCommand.newlineEndsLine(line.toString(StandardCharsets.ISO_8859_1))) {
					String command = line.toString(StandardCharsets.ISO_8859_1).replace("\r", "");
					line.reset();
					if (command.isBlank()) {
						continue;
					}
					String reply = kit.handle(command) + "\n";
					out.write(reply.getBytes(StandardCharsets.ISO_8859_1));
					out.flush();
				} else if (line.size() < MAX_LINE) {
					line.write(b);
				} else {
					// The thing firmware's answer to a command longer than its buffer.
					line.reset();
					out.write("C1()\n".getBytes(StandardCharsets.ISO_8859_1));
					out.flush();
				}
			}
		} catch (IOException e) {
			if (running) {
				TrafficLog.global().log(TrafficLog.Channel.INFO, kit.id(), "kit server stopped: " + e.getMessage());
			}
		}
	}

	public boolean isAlive() {
		return thread.isAlive();
	}

	/** Waits until the stream has ended; true when the server stopped in time. */
	public boolean awaitEnd(java.time.Duration timeout) throws InterruptedException {
		thread.join(Math.max(1, timeout.toMillis()));
		return !thread.isAlive();
	}

	@Override
	public void close() {
		running = false;
		try {
			in.close();
		} catch (IOException e) {
			// closing a stream that is already gone
		}
		try {
			out.close();
		} catch (IOException e) {
			// same
		}
	}
}
