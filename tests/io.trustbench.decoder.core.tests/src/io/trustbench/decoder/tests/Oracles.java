package io.trustbench.decoder.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Finds {@code tests/oracles} by walking up from the working directory (never an absolute path). */
public final class Oracles {

	private Oracles() {
	}

	public static Path root() {
		Path dir = Paths.get("").toAbsolutePath();
		while (dir != null) {
			Path candidate = dir.resolve("tests/oracles");
			if (Files.isDirectory(candidate)) {
				return candidate;
			}
			dir = dir.getParent();
		}
		throw new IllegalStateException("tests/oracles not found above " + Paths.get("").toAbsolutePath());
	}

	public static Path pcaps() {
		return root().resolve("pcaps");
	}

	public static Path wycheproof(String name) {
		return root().resolve("wycheproof").resolve(name);
	}
}
