package io.trustbench.awsiot.emulator.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs command-line clients nobody here wrote (AWS CLI, mosquitto) and captures what they print. */
final class ExternalTools {

	record Result(int exitCode, String out, String err) {
	}

	private ExternalTools() {
	}

	static boolean available(String... command) {
		try {
			Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
			p.getInputStream().readAllBytes();
			return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
		} catch (IOException e) {
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	static Result run(Path dir, Map<String, String> env, List<String> command, int timeoutSeconds)
			throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
		builder.environment().putAll(env);
		Path out = dir.resolve("out-" + System.nanoTime() + ".txt");
		Path err = dir.resolve("err-" + System.nanoTime() + ".txt");
		builder.redirectOutput(out.toFile()).redirectError(err.toFile());
		Process process = builder.start();
		if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("timed out: " + String.join(" ", command));
		}
		return new Result(process.exitValue(), java.nio.file.Files.readString(out, StandardCharsets.UTF_8),
				java.nio.file.Files.readString(err, StandardCharsets.UTF_8));
	}

	static Process start(Path dir, List<String> command) throws IOException {
		return new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(false).start();
	}
}
