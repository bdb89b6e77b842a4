package io.trustbench.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;

/** What a running command gets from the CLI: its arguments, output streams and environment. */
public final class CommandContext {

	private final Args args;
	private final Path workspace;
	private final boolean json;
	private final PrintStream out;
	private final PrintStream err;
	private final BufferedReader in;
	private final IProgressMonitor monitor;

	public CommandContext(Args args, Path workspace, boolean json, PrintStream out, PrintStream err,
			BufferedReader in, IProgressMonitor monitor) {
		this.args = args;
		this.workspace = workspace;
		this.json = json;
		this.out = out;
		this.err = err;
		this.in = in;
		this.monitor = monitor;
	}

	public Args args() {
		return args;
	}

	/** The workspace directory ({@code --workspace}, default {@code ~/.trustbench}). */
	public Path workspace() {
		return workspace;
	}

	/** True when {@code --json} was given: print machine-readable output only. */
	public boolean json() {
		return json;
	}

	public PrintStream out() {
		return out;
	}

	public PrintStream err() {
		return err;
	}

	/** Progress shown as a line on stderr; cancelled by Ctrl-C. */
	public IProgressMonitor monitor() {
		return monitor;
	}

	/** Asks a yes/no question on stderr; without an answer (no terminal, end of input) it is no. */
	public boolean confirm(String question) {
		err.print(question + " [y/N] ");
		err.flush();
		try {
			String answer = in == null ? null : in.readLine();
			return answer != null && (answer.trim().equalsIgnoreCase("y") || answer.trim().equalsIgnoreCase("yes"));
		} catch (IOException e) {
			return false;
		}
	}
}
