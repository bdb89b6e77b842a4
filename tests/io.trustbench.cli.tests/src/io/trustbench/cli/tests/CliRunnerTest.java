package io.trustbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trustbench.cli.internal.CliRunner;
import io.trustbench.cli.internal.CommandDescriptor;
import io.trustbench.cli.internal.CommandRegistry;
import io.trustbench.core.WorkspaceLocation;

/** Exit codes, help, global options and error lines of the CLI, run inside OSGi. */
public class CliRunnerTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@AfterEach
	void resetWorkspace() {
		System.clearProperty(WorkspaceLocation.PROPERTY);
	}

	private int run(String... argv) {
		out.reset();
		err.reset();
		CliRunner runner = new CliRunner(CommandRegistry.fromExtensions(), new PrintStream(out, true),
				new PrintStream(err, true), new BufferedReader(new StringReader("")), new NullProgressMonitor());
		return runner.run(Arrays.asList(argv));
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void runsAContributedCommand() {
		assertEquals(0, run("test", "echo", "hello", "world"));
		assertEquals("hello world", out().trim());
		assertEquals(0, run("test", "echo", "--upper", "hi"));
		assertEquals("HI", out().trim());
	}

	@Test
	void usageErrorsExitWithTwoAndShowUsage() {
		assertEquals(2, run("test", "echo"));
		assertTrue(err().contains("missing WORD"), err());
		assertTrue(err().contains("usage: trustbench test echo"), err());
		assertEquals(2, run("test", "echo", "x", "--bogus"));
		assertTrue(err().contains("unknown option --bogus"), err());
		assertEquals(2, run("no-such-command"));
		assertEquals(2, run());
		assertEquals(2, run("version", "--workspace"));
	}

	@Test
	void failuresExitWithOneAndOneLineOnStderr() {
		assertEquals(1, run("test", "echo", "fail"));
		assertEquals("trustbench: test echo: asked to fail", err().trim());
		assertEquals(1, run("test", "echo", "crash"));
		assertEquals(1, err().trim().lines().count(), err());
		assertFalse(err().contains("at io.trustbench"), "no stack trace without --verbose: " + err());
	}

	@Test
	void helpForEveryCommandExitsZero() {
		for (CommandDescriptor command : CommandRegistry.fromExtensions().all()) {
			String[] argv = (command.name() + " --help").split(" ");
			assertEquals(0, run(argv), command.name());
			assertTrue(out().startsWith("usage: trustbench " + command.words().get(0)), out());
			assertTrue(out().contains(command.description()), out());
		}
		assertEquals(0, run("--help"));
		assertTrue(out().contains("test echo"), out());
		assertEquals(0, run("test", "--help"));
		assertTrue(out().contains("test echo"), out());
	}

	@Test
	void versionAndJson() {
		assertEquals(0, run("--version"));
		assertTrue(out().contains("Trustbench"), out());
		assertTrue(out().contains("Java"), out());
		assertEquals(0, run("version", "--json"));
		assertTrue(out().trim().startsWith("{\"Trustbench\":"), out());
		assertEquals(0, run("test", "echo", "--json", "x"));
		assertEquals("{\"echo\":\"x\"}", out().trim());
	}

	@Test
	void workspaceOptionSetsTheWorkspace(@TempDir Path dir) {
		assertEquals(0, run("--workspace", dir.toString(), "test", "echo", "x"));
		assertEquals(dir.toAbsolutePath(), WorkspaceLocation.get());
	}
}
