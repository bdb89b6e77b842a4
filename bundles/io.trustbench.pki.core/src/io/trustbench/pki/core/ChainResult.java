package io.trustbench.pki.core;

import java.util.List;

/**
 * Outcome of validating a certificate path, per certificate (target first, trust anchor last) so
 * the inspector can mark each one. {@link #problem()} is one line saying which check failed on
 * which certificate, or null when the path is valid.
 */
public record ChainResult(List<Entry> path, String problem) {

	public ChainResult {
		path = List.copyOf(path);
	}

	public enum Status {
		/** Every check on this certificate passed. */
		VALID,
		/** This certificate failed the check named in {@link Entry#message()}. */
		FAILED,
		/** Not reached: validation stopped at another certificate. */
		NOT_CHECKED
	}

	/** One certificate of the path and its verdict; {@code role} is "target", "intermediate" or "trust anchor". */
	public record Entry(CertificateModel certificate, String role, Status status, String message) {
	}

	public boolean isValid() {
		return problem == null;
	}
}
