package io.trustbench.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The external test data in {@code tests/oracles} (captures, Wycheproof vectors, Microchip
 * templates), found by walking up from the test's working directory: Tycho runs each test bundle
 * in its own folder.
 */
public final class Oracles {

	private Oracles() {
	}

	public static Path root() {
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
		return root().resolve(relative);
	}

	public static byte[] read(String relative) throws IOException {
		return Files.readAllBytes(file(relative));
	}

	public static Path pcaps() {
		return root().resolve("pcaps");
	}
}
