package io.trustbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;

import io.trustbench.cli.internal.CommandDescriptor;
import io.trustbench.cli.internal.CommandRegistry;

/** Contributions from other bundles are found; broken ones are logged and skipped, not fatal. */
public class CommandRegistryTest {

	@Test
	void findsContributionFromAnotherBundle() {
		CommandRegistry registry = CommandRegistry.fromExtensions();
		CommandDescriptor echo = registry.match(List.of("test", "echo", "x")).orElseThrow();
		assertEquals("io.trustbench.cli.tests", echo.contributor());
		assertTrue(echo.acceptsJson());
		assertTrue(registry.match(List.of("version")).isPresent(), "the CLI's own command");
	}

	@Test
	void brokenContributionIsLoggedAndSkipped() {
		List<IStatus> logged = new CopyOnWriteArrayList<>();
		ILogListener listener = (status, plugin) -> logged.add(status);
		Platform.addLogListener(listener);
		try {
			CommandRegistry registry = CommandRegistry.fromExtensions();
			assertFalse(registry.match(List.of("test", "broken")).isPresent());
			assertTrue(registry.match(List.of("test", "echo")).isPresent(), "the good ones still load");
			assertTrue(logged.stream().anyMatch(s -> s.getSeverity() == IStatus.ERROR
					&& s.getMessage().contains("io.trustbench.cli.tests")
					&& s.getMessage().contains("description")), logged.toString());
		} finally {
			Platform.removeLogListener(listener);
		}
	}

	@Test
	void longestNameWins() {
		CommandRegistry registry = CommandRegistry.fromExtensions();
		assertEquals("test echo", registry.match(List.of("test", "echo", "version")).orElseThrow().name());
	}
}
