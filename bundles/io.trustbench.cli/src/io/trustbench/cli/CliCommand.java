package io.trustbench.cli;

/**
 * A subcommand of {@code ./trustbench}, contributed through {@code io.trustbench.cli.commands}.
 * Throw {@link UsageException} for bad arguments (exit 2) and {@link CommandException} (or any
 * exception with a clear message) for failures (exit 1); the CLI prints one line on stderr.
 */
public interface CliCommand {

	/** @return the process exit code, normally 0 */
	int run(CommandContext context) throws Exception;
}
