package io.trustbench.testing;

import java.util.concurrent.TimeUnit;

/** Stopping the external programs tests start (socat, moto_server, openssl s_server, mosquitto). */
public final class Processes {

	private Processes() {
	}

	/** Asks the process to end, and kills it if it has not within five seconds. */
	public static void stop(Process process) {
		process.destroy();
		try {
			if (!process.waitFor(5, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		} catch (InterruptedException e) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}
}
