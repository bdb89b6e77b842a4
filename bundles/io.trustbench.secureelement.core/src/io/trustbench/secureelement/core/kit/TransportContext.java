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

	public static TransportContext of(Path workspace) {
		return new TransportContext(workspace, DEFAULT_TIMEOUT, false);
	}
}
