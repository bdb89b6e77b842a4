package io.trustbench.provisioning.core.console.tests;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.iot.IotClient;

/**
 * moto_server, an AWS IoT implementation nobody here wrote, on a free port. Ready when the SDK's
 * own ListThings call gets an answer (the same client the console uses), not after a fixed delay.
 */
record MotoProcess(Process process, URI endpoint) implements AutoCloseable {

	static boolean installed() {
		return java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
				.map(dir -> Path.of(dir, "moto_server")).anyMatch(Files::isExecutable);
	}

	/** Starts moto and waits until {@code probe} (a client on its URL) is answered. */
	static MotoProcess start(Path log, java.util.function.Function<URI, IotClient> client) throws Exception {
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		Process process = new ProcessBuilder("moto_server", "-H", "127.0.0.1", "-p", Integer.toString(port))
				.redirectErrorStream(true).redirectOutput(log.toFile()).start();
		MotoProcess moto = new MotoProcess(process, URI.create("http://127.0.0.1:" + port));
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		try (IotClient probe = client.apply(moto.endpoint())) {
			while (true) {
				try {
					probe.listThings(r -> { });
					return moto;
				} catch (SdkClientException notListeningYet) {
					if (!process.isAlive() || System.nanoTime() > deadline) {
						moto.close();
						throw new IllegalStateException("moto_server did not answer within 60 s; see " + log);
					}
					process.waitFor(200, TimeUnit.MILLISECONDS);
				}
			}
		}
	}

	/** Asks moto to stop; kills it if it has not within 5 s. */
	@Override
	public void close() {
		process.destroy();
		process.onExit().completeOnTimeout(process, 5, TimeUnit.SECONDS).thenAccept(Process::destroyForcibly).join();
	}
}
