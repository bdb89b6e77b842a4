package io.trustbench.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The arguments after the command name. Options are consumed as the command asks for them
 * ({@link #option}, {@link #flag}); what remains are positionals. {@link #positionals()} fails
 * with a usage error if an option nobody asked for is left, so typos never pass silently —
 * ask for all options before the positionals.
 */
public final class Args {

	private final List<String> tokens;
	private final boolean[] used;

	public Args(List<String> tokens) {
		this.tokens = new ArrayList<>(tokens);
		this.used = new boolean[tokens.size()];
	}

	/** Value of {@code --name VALUE} or {@code --name=VALUE}, or null when absent. */
	public String option(String name) {
		List<String> values = options(name);
		if (values.size() > 1) {
			throw new UsageException(name + " given more than once");
		}
		return values.isEmpty() ? null : values.get(0);
	}

	/** Every value of a repeatable option, in order. */
	public List<String> options(String name) {
		List<String> values = new ArrayList<>();
		for (int i = 0; i < tokens.size(); i++) {
			if (used[i]) {
				continue;
			}
			String token = tokens.get(i);
			if (token.equals(name)) {
				if (i + 1 >= tokens.size()) {
					throw new UsageException(name + " needs a value");
				}
				used[i] = true;
				used[i + 1] = true;
				values.add(tokens.get(i + 1));
				i++;
			} else if (token.startsWith(name + "=")) {
				used[i] = true;
				values.add(token.substring(name.length() + 1));
			}
		}
		return values;
	}

	public String option(String name, String defaultValue) {
		String value = option(name);
		return value == null ? defaultValue : value;
	}

	public String requiredOption(String name) {
		String value = option(name);
		if (value == null) {
			throw new UsageException("missing " + name);
		}
		return value;
	}

	public int intOption(String name, int defaultValue) {
		String value = option(name);
		if (value == null) {
			return defaultValue;
		}
		try {
			return Integer.decode(value);
		} catch (NumberFormatException e) {
			throw new UsageException(name + " must be a number, not '" + value + "'");
		}
	}

	/** True (and consumed) when the flag is present. */
	public boolean flag(String name) {
		boolean found = false;
		for (int i = 0; i < tokens.size(); i++) {
			if (!used[i] && tokens.get(i).equals(name)) {
				used[i] = true;
				found = true;
			}
		}
		return found;
	}

	/** Remaining arguments; a usage error if an unknown option is left. */
	public List<String> positionals() {
		List<String> rest = new ArrayList<>();
		for (int i = 0; i < tokens.size(); i++) {
			if (used[i]) {
				continue;
			}
			String token = tokens.get(i);
			if (token.startsWith("--") && token.length() > 2) {
				throw new UsageException("unknown option " + token);
			}
			rest.add(token);
		}
		return rest;
	}

	/**
	 * Consumes the first argument when it is not an option ({@code aws flow ID --thing T}): for
	 * commands whose options depend on a leading positional.
	 */
	public String shift(String what) {
		for (int i = 0; i < tokens.size(); i++) {
			if (!used[i]) {
				if (tokens.get(i).startsWith("--")) {
					break;
				}
				used[i] = true;
				return tokens.get(i);
			}
		}
		throw new UsageException("missing " + what + " (it comes first)");
	}

	/** The single positional at {@code index}, named {@code what} in the error message. */
	public String positional(int index, String what) {
		List<String> rest = positionals();
		if (rest.size() <= index) {
			throw new UsageException("missing " + what);
		}
		return rest.get(index);
	}

	/** Fails when more than {@code max} positionals are left or an option was not consumed. */
	public void expectAtMost(int max) {
		List<String> rest = positionals();
		if (rest.size() > max) {
			throw new UsageException("unexpected argument '" + rest.get(max) + "'");
		}
	}
}
