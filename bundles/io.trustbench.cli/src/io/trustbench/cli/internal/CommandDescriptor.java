package io.trustbench.cli.internal;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;

import io.trustbench.cli.CliCommand;
import io.trustbench.cli.CommandException;
import io.trustbench.core.ContributionReader;

/** One contributed command: names read eagerly, the class created only when it runs. */
public final class CommandDescriptor {

	private final List<String> words;
	private final String description;
	private final String usage;
	private final String help;
	private final boolean json;
	private final String contributor;
	private final Supplier<CliCommand> factory;

	public CommandDescriptor(String name, String description, String usage, String help, boolean json,
			String contributor, Supplier<CliCommand> factory) {
		this.words = Arrays.asList(name.trim().split("\\s+"));
		this.description = description;
		this.usage = usage == null || usage.isBlank() ? name : usage;
		this.help = help;
		this.json = json;
		this.contributor = contributor;
		this.factory = factory;
	}

	static CommandDescriptor from(IConfigurationElement element) {
		String name = ContributionReader.required(element, "name");
		ContributionReader.required(element, "class");
		String description = ContributionReader.required(element, "description");
		return new CommandDescriptor(name, description, element.getAttribute("usage"),
				element.getAttribute("help"), Boolean.parseBoolean(element.getAttribute("json")),
				element.getContributor().getName(), () -> {
					try {
						return (CliCommand) element.createExecutableExtension("class");
					} catch (CoreException | ClassCastException e) {
						throw new CommandException("command '" + name + "' from " + element.getContributor().getName()
								+ " cannot be loaded: " + e.getMessage(), e);
					}
				});
	}

	public List<String> words() {
		return words;
	}

	public String name() {
		return String.join(" ", words);
	}

	public String description() {
		return description;
	}

	public String usage() {
		return usage;
	}

	public String help() {
		return help;
	}

	public boolean acceptsJson() {
		return json;
	}

	public String contributor() {
		return contributor;
	}

	public CliCommand create() {
		return factory.get();
	}
}
