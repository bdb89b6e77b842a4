package io.trustbench.decoder.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Finds {@code tests/oracles} by walking up from the working directory (never an absolute path). */
public final class Oracles {

	private Oracles() {
	}

	public static Path pcaps() {
		Path dir = Paths.get("").toAbsolutePath();
		while (dir != null) {
			Path candidate = dir.resolve("tests/oracles");
			if (Files.isDirectory(candidate)) {
				return candidate.resolve("pcaps");
			}
			dir = dir.getParent();
		}
		throw new IllegalStateException("tests/oracles not found above " + Paths.get("").toAbsolutePath());
	}
}
