package io.trustbench.secureelement.core.tests;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;

import io.trustbench.cli.Args;
import io.trustbench.cli.CliCommand;
import io.trustbench.cli.CommandContext;
import io.trustbench.cli.UsageException;

/**
 * Runs a {@code device} command the way the CLI does (exit 2 for usage errors, 1 with one line for
 * failures) without needing the OSGi extension registry.
 */
final class Cli {

	record Result(int exit, String out, String err) {
	}

	private Cli() {
	}

	static Result run(Path workspace, CliCommand command, String... argv) {
		return runWithInput(workspace, command, "", argv);
	}

	/** With {@code stdin} as the answer to confirmation questions. */
	static Result runWithInput(Path workspace, CliCommand command, String stdin, String... argv) {
		return runWithMonitor(workspace, command, stdin, new NullProgressMonitor(), argv);
	}

	/** With a monitor the test can cancel (Ctrl-C). */
	static Result runWithMonitor(Path workspace, CliCommand command, String stdin,
			org.eclipse.core.runtime.IProgressMonitor monitor, String... argv) {
		List<String> args = new ArrayList<>(Arrays.asList(argv));
		boolean json = args.remove("--json");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
		PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
		CommandContext context = new CommandContext(new Args(args), workspace, json, o, e,
				new BufferedReader(new StringReader(stdin)), monitor);
		int exit;
		try {
			exit = command.run(context);
		} catch (UsageException ex) {
			e.println("trustbench: " + ex.getMessage());
			exit = 2;
		} catch (Exception ex) {
			e.println("trustbench: " + ex.getMessage());
			exit = 1;
		}
		return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}
}
