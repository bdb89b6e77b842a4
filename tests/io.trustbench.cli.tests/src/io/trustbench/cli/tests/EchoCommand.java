package io.trustbench.cli.tests;

import java.util.List;
import java.util.Locale;

import io.trustbench.cli.CliCommand;
import io.trustbench.cli.CommandContext;
import io.trustbench.cli.CommandException;
import io.trustbench.cli.UsageException;

/** Contributed by this test bundle; behaves like a real command in each way the CLI handles. */
public final class EchoCommand implements CliCommand {

	@Override
	public int run(CommandContext context) {
		boolean upper = context.args().flag("--upper");
		List<String> words = context.args().positionals();
		if (words.isEmpty()) {
			throw new UsageException("missing WORD");
		}
		if (words.contains("fail")) {
			throw new CommandException("asked to fail");
		}
		if (words.contains("crash")) {
			throw new IllegalStateException("unexpected state\nsecond line");
		}
		String text = String.join(" ", words);
		text = upper ? text.toUpperCase(Locale.ROOT) : text;
		context.out().println(context.json() ? "{\"echo\":\"" + text + "\"}" : text);
		return 0;
	}
}
