package io.trustbench.pki.core.cli;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;

import io.trustbench.cli.Args;
import io.trustbench.cli.CliCommand;
import io.trustbench.cli.CommandContext;
import io.trustbench.cli.UsageException;

/** Runs one command class the way the CLI does (exit 0/1/2, one error line) and captures its output. */
public final class Command {

	public final int exit;
	public final String out;
	public final String err;

	private Command(int exit, String out, String err) {
		this.exit = exit;
		this.out = out;
		this.err = err;
	}

	public static Command run(CliCommand command, Path workspace, boolean json, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
		PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
		int exit;
		CommandContext context = new CommandContext(new Args(new ArrayList<>(List.of(args))), workspace, json,
				outStream, errStream, new BufferedReader(new StringReader("")), new NullProgressMonitor());
		try {
			exit = command.run(context);
		} catch (UsageException e) {
			errStream.println("trustbench: " + e.getMessage());
			exit = 2;
		} catch (Exception e) {
			errStream.println("trustbench: " + e.getMessage());
			exit = 1;
		}
		return new Command(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	@Override
	public String toString() {
		return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
	}
}
