package io.trustbench.provisioning.core.tests;

import io.trustbench.testing.Processes;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** moto_server (an AWS IoT implementation nobody here wrote) on a free port, for the life of a test class. */
final class MotoServer implements AutoCloseable {

	private final Process process;
	final URI endpoint;

	private MotoServer(Process process, URI endpoint) {
		this.process = process;
		this.endpoint = endpoint;
	}

	static boolean available() {
		for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
			if (java.nio.file.Files.isExecutable(Path.of(dir, "moto_server"))) {
				return true;
			}
		}
		return false;
	}

	static MotoServer start(Path logDir) throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		Process process = new ProcessBuilder("moto_server", "-H", "127.0.0.1", "-p", String.valueOf(port))
				.redirectErrorStream(true).redirectOutput(logDir.resolve("moto.log").toFile()).start();
		URI endpoint = URI.create("http://127.0.0.1:" + port);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IOException("moto_server exited with " + process.exitValue());
			}
			try {
				HttpURLConnection connection = (HttpURLConnection) endpoint.resolve("/moto-api/").toURL().openConnection();
				connection.setConnectTimeout(500);
				if (connection.getResponseCode() > 0) {
					return new MotoServer(process, endpoint);
				}
			} catch (IOException notYet) {
				Thread.onSpinWait();
			}
			Thread.sleep(200);
		}
		process.destroyForcibly();
		throw new IOException("moto_server did not start within 60 s");
	}

	@Override
	public void close() {
		Processes.stop(process);
	}
}
