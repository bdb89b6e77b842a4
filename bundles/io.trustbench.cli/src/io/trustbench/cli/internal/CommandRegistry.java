package io.trustbench.cli.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.trustbench.core.ContributionReader;

/** The commands contributed to {@code io.trustbench.cli.commands}, matched by longest name. */
public final class CommandRegistry {

	public static final String EXTENSION_POINT = "io.trustbench.cli.commands";

	private final List<CommandDescriptor> commands;

	public CommandRegistry(List<CommandDescriptor> commands) {
		this.commands = new ArrayList<>(commands);
		this.commands.sort(Comparator.comparing(CommandDescriptor::name));
	}

	/** Reads the extension registry; bad contributions are logged and skipped. */
	public static CommandRegistry fromExtensions() {
		return new CommandRegistry(ContributionReader.read(EXTENSION_POINT, "command", CommandDescriptor::from));
	}

	public List<CommandDescriptor> all() {
		return List.copyOf(commands);
	}

	/** The command whose words are the longest prefix of {@code args}. */
	public Optional<CommandDescriptor> match(List<String> args) {
		CommandDescriptor best = null;
		for (CommandDescriptor command : commands) {
			List<String> words = command.words();
			if (words.size() <= args.size() && args.subList(0, words.size()).equals(words)
					&& (best == null || words.size() > best.words().size())) {
				best = command;
			}
		}
		return Optional.ofNullable(best);
	}

	/** Commands whose names start with the given words: "device" lists "device list", "device info"… */
	public List<CommandDescriptor> startingWith(List<String> words) {
		List<CommandDescriptor> found = new ArrayList<>();
		for (CommandDescriptor command : commands) {
			List<String> own = command.words();
			int n = Math.min(own.size(), words.size());
			if (n > 0 && own.subList(0, n).equals(words.subList(0, n))) {
				found.add(command);
			}
		}
		return found;
	}
}
