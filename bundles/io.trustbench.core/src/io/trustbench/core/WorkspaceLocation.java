package io.trustbench.core;

import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The Trustbench workspace: emulated device state, PKI files, emulator state, recordings.
 * Default {@code ~/.trustbench}; the CLI's {@code --workspace DIR} and the workbench preference
 * set the system property {@value #PROPERTY} before anything reads it.
 */
public final class WorkspaceLocation {

	public static final String PROPERTY = "trustbench.workspace";

	private WorkspaceLocation() {
	}

	public static Path get() {
		String configured = System.getProperty(PROPERTY);
		if (configured != null && !configured.isBlank()) {
			return Paths.get(configured).toAbsolutePath();
		}
		return Paths.get(System.getProperty("user.home"), ".trustbench");
	}

	public static void set(Path dir) {
		System.setProperty(PROPERTY, dir.toAbsolutePath().toString());
	}
}
