package io.trustbench.secureelement.core.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Finds {@code tests/oracles} by walking up from the working directory (never an absolute path). */
public final class Oracles {

	private Oracles() {
	}

	public static Path dir() {
		Path dir = Paths.get("").toAbsolutePath();
		while (dir != null) {
			Path candidate = dir.resolve("tests").resolve("oracles");
			if (Files.isDirectory(candidate)) {
				return candidate;
			}
			dir = dir.getParent();
		}
		throw new IllegalStateException("tests/oracles not found above " + Paths.get("").toAbsolutePath());
	}

	public static Path file(String relative) {
		return dir().resolve(relative);
	}
}
