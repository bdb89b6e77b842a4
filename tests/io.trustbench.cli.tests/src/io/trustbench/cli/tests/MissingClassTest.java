package io.trustbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

import io.trustbench.cli.internal.CliRunner;
import io.trustbench.cli.internal.CommandRegistry;

/** A command whose class cannot be loaded fails with a clear line, exit 1, nothing else breaks. */
public class MissingClassTest {

	@Test
	void missingClassIsAClearFailure() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		CliRunner runner = new CliRunner(CommandRegistry.fromExtensions(), new PrintStream(new ByteArrayOutputStream()),
				new PrintStream(err, true), new BufferedReader(new StringReader("")), new NullProgressMonitor());
		assertEquals(1, runner.run(List.of("test", "missing")));
		String line = err.toString(StandardCharsets.UTF_8).trim();
		assertTrue(line.startsWith("trustbench: test missing: command 'test missing' from io.trustbench.cli.tests cannot be loaded"), line);
		assertEquals(1, line.lines().count(), line);
	}
}
