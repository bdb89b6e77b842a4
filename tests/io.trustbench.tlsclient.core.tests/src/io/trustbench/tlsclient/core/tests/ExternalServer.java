package io.trustbench.tlsclient.core.tests;

import io.trustbench.testing.Processes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * A server process nobody here wrote (openssl s_server, mosquitto), started with ProcessBuilder
 * on a free port; ready when a line of its output says so. Tests are skipped only when the
 * binary is absent.
 */
final class ExternalServer implements AutoCloseable {

	final Process process;
	final int port;
	private final List<String> output = new ArrayList<>();

	private ExternalServer(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	static Path binary(String name) {
		for (String dir : new String[] { "/usr/bin", "/usr/sbin", "/usr/local/bin", "/usr/local/sbin", "/bin", "/sbin" }) {
			Path p = Path.of(dir, name);
			if (Files.isExecutable(p)) {
				return p;
			}
		}
		Assumptions.assumeTrue(false, name + " is not installed");
		return null;
	}

	static int freePort() throws IOException {
		try (ServerSocket s = new ServerSocket(0)) {
			return s.getLocalPort();
		}
	}

	/** Starts the command and waits until a line containing {@code readyText} appears. */
	static ExternalServer start(List<String> command, int port, String readyText) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		ExternalServer server = new ExternalServer(process, port);
		CountDownLatch ready = new CountDownLatch(1);
		Thread reader = new Thread(() -> {
			try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
					StandardCharsets.UTF_8))) {
				String line;
				while ((line = r.readLine()) != null) {
					synchronized (server.output) {
						server.output.add(line);
					}
					if (line.contains(readyText)) {
						ready.countDown();
					}
				}
			} catch (IOException e) {
				// process ended
			}
		}, "output of " + command.get(0));
		reader.setDaemon(true);
		reader.start();
		if (!ready.await(10, TimeUnit.SECONDS)) {
			server.close();
			throw new AssertionError(command.get(0) + " did not start: " + server.output());
		}
		return server;
	}

	List<String> output() {
		synchronized (output) {
			return List.copyOf(output);
		}
	}

	@Override
	public void close() {
		Processes.stop(process);
	}
}
