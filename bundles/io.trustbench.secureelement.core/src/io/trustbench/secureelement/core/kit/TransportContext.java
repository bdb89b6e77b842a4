package io.trustbench.secureelement.core.kit;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What a transport may need from its caller.
 *
 * @param workspace the Trustbench workspace (emulated kits keep their state under {@code devices/})
 * @param timeout   longest wait for one kit reply
 * @param timing    emulated chips take their typical execution times
 */
public record TransportContext(Path workspace, Duration timeout, boolean timing) {

	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(3);
	/** System property / environment variable that turns on the emulator's typical execution times. */
	public static final String TIMING_PROPERTY = "trustbench.emulator.timing";
	public static final String TIMING_ENV = "TRUSTBENCH_EMULATOR_TIMING";

	/** Default timeout; timing mode when {@value #TIMING_PROPERTY} or {@value #TIMING_ENV} is "true". */
	public static TransportContext of(Path workspace) {
		String timing = System.getProperty(TIMING_PROPERTY, System.getenv(TIMING_ENV));
		return new TransportContext(workspace, DEFAULT_TIMEOUT, Boolean.parseBoolean(timing));
	}
}
