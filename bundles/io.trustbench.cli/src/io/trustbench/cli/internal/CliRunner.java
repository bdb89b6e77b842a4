package io.trustbench.cli.internal;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import io.trustbench.cli.Args;
import io.trustbench.cli.CommandContext;
import io.trustbench.cli.UsageException;
import io.trustbench.core.TrafficLog;
import io.trustbench.core.WorkspaceLocation;

/**
 * Parses the global options, finds the command and runs it, turning every outcome into an exit
 * code: 0 success, 1 failure (one line on stderr), 2 usage error. Independent of OSGi so that
 * tests drive it directly.
 */
public final class CliRunner {

	public static final int OK = 0;
	public static final int FAILED = 1;
	public static final int USAGE = 2;

	private final CommandRegistry registry;
	private final PrintStream out;
	private final PrintStream err;
	private final BufferedReader in;
	private final IProgressMonitor monitor;

	public CliRunner(CommandRegistry registry, PrintStream out, PrintStream err, BufferedReader in,
			IProgressMonitor monitor) {
		this.registry = registry;
		this.out = out;
		this.err = err;
		this.in = in;
		this.monitor = monitor;
	}

	public int run(List<String> argv) {
		List<String> rest = new ArrayList<>();
		boolean help = false;
		boolean json = false;
		boolean verbose = false;
		Path workspace = null;
		for (int i = 0; i < argv.size(); i++) {
			String arg = argv.get(i);
			switch (arg) {
			case "--help", "-h" -> help = true;
			case "--json" -> json = true;
			case "--verbose", "-v" -> verbose = true;
			case "--version" -> rest.add(0, "version");
			case "--workspace" -> {
				if (i + 1 >= argv.size()) {
					return usage("--workspace needs a directory", null);
				}
				workspace = Paths.get(argv.get(++i));
			}
			default -> {
				if (arg.startsWith("--workspace=")) {
					workspace = Paths.get(arg.substring("--workspace=".length()));
				} else {
					rest.add(arg);
				}
			}
			}
		}
		if (workspace != null) {
			WorkspaceLocation.set(workspace);
		}
		if (rest.isEmpty() || rest.get(0).equals("help")) {
			List<String> topic = rest.isEmpty() ? List.of() : rest.subList(1, rest.size());
			if (!topic.isEmpty()) {
				return helpFor(topic);
			}
			printOverview(out);
			return rest.isEmpty() && !help ? USAGE : OK;
		}
		Optional<CommandDescriptor> match = registry.match(rest);
		if (match.isEmpty()) {
			if (!registry.startingWith(rest.subList(0, 1)).isEmpty()) {
				if (help) {
					return helpFor(rest);
				}
				return usage("unknown command '" + String.join(" ", rest) + "'; one of: " + namesStartingWith(rest),
						null);
			}
			return usage("unknown command '" + rest.get(0) + "' (./trustbench --help lists them)", null);
		}
		CommandDescriptor command = match.get();
		if (help) {
			printHelp(command);
			return OK;
		}
		if (json && !command.acceptsJson()) {
			return usage("'" + command.name() + "' has no --json output", command);
		}
		boolean showTraffic = verbose;
		java.util.function.Consumer<TrafficLog.Entry> echo = entry -> {
			if (showTraffic) {
				err.println(entry);
			}
		};
		TrafficLog.global().addListener(echo);
		try {
			Args args = new Args(rest.subList(command.words().size(), rest.size()));
			CommandContext context = new CommandContext(args, WorkspaceLocation.get(), json, out, err, in, monitor);
			int code = command.create().run(context);
			out.flush();
			return code;
		} catch (UsageException e) {
			return usage(e.getMessage(), command);
		} catch (OperationCanceledException e) {
			err.println("trustbench: cancelled");
			return FAILED;
		} catch (Exception | LinkageError e) {
			err.println("trustbench: " + command.name() + ": " + oneLine(e));
			if (verbose) {
				e.printStackTrace(err);
			}
			return FAILED;
		} finally {
			TrafficLog.global().removeListener(echo);
		}
	}

	/** The most useful single line for an exception: its message, or its cause's. */
	static String oneLine(Throwable e) {
		Throwable t = e;
		while ((t.getMessage() == null || t.getMessage().isBlank()) && t.getCause() != null) {
			t = t.getCause();
		}
		String message = t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName()
				: t.getMessage();
		return message.replace('\n', ' ').replace('\r', ' ').trim();
	}

	private int usage(String message, CommandDescriptor command) {
		err.println("trustbench: " + message);
		if (command != null) {
			err.println("usage: trustbench " + command.usage());
		}
		return USAGE;
	}

	private int helpFor(List<String> words) {
		Optional<CommandDescriptor> exact = registry.match(words);
		if (exact.isPresent()) {
			printHelp(exact.get());
			return OK;
		}
		List<CommandDescriptor> group = registry.startingWith(words);
		if (group.isEmpty()) {
			return usage("no command '" + String.join(" ", words) + "'", null);
		}
		group.forEach(c -> out.printf("  %-34s %s%n", c.usage(), c.description()));
		return OK;
	}

	private void printHelp(CommandDescriptor command) {
		out.println("usage: trustbench " + command.usage() + (command.acceptsJson() && !command.usage().contains("--json")
				? " [--json]" : ""));
		out.println();
		out.println(command.description());
		if (command.help() != null && !command.help().isBlank()) {
			out.println();
			out.println(command.help().replace("\\n", "\n"));
		}
		out.println();
		out.println("Global options: --workspace DIR (default ~/.trustbench), --verbose (device and cloud traffic on stderr)");
	}

	private String namesStartingWith(List<String> words) {
		List<String> names = new ArrayList<>();
		registry.startingWith(words.subList(0, 1)).forEach(c -> names.add(c.name()));
		return String.join(", ", names);
	}

	void printOverview(PrintStream stream) {
		stream.println("usage: trustbench [--workspace DIR] [--json] [--verbose] <command> [options]");
		stream.println("       trustbench <command> --help");
		stream.println();
		stream.println("Without a command ./trustbench starts the workbench (or the demo when there is no display).");
		stream.println();
		stream.println("Commands:");
		for (CommandDescriptor command : registry.all()) {
			stream.printf("  %-34s %s%n", command.name(), command.description());
		}
	}
}
