package io.trustbench.pki.core;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the openssl CLI (the reference implementation these tests agree with). */
public final class Openssl {

	private Openssl() {
	}

	public static void assumeAvailable() {
		boolean available;
		try {
			available = run(null, "version").startsWith("OpenSSL");
		} catch (RuntimeException e) {
			available = false;
		}
		assumeTrue(available, "openssl CLI not installed");
	}

	/** Runs openssl with arguments in a directory; returns stdout, fails with stderr on a non-zero exit. */
	public static String run(Path dir, String... args) {
		List<String> command = new ArrayList<>();
		command.add("openssl");
		command.addAll(List.of(args));
		try {
			ProcessBuilder builder = new ProcessBuilder(command);
			if (dir != null) {
				builder.directory(dir.toFile());
			}
			Process process = builder.start();
			process.getOutputStream().close();
			byte[] out = process.getInputStream().readAllBytes();
			byte[] err = process.getErrorStream().readAllBytes();
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException("openssl timed out: " + command);
			}
			if (process.exitValue() != 0) {
				throw new IllegalStateException("openssl failed: " + command + ": "
						+ new String(err, StandardCharsets.UTF_8));
			}
			return new String(out, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new IllegalStateException("cannot run openssl: " + e.getMessage(), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
