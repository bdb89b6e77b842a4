package io.trustbench.cli.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import io.trustbench.cli.CliCommand;
import io.trustbench.cli.CommandContext;

/** {@code ./trustbench version}: Trustbench, Java, platform and library versions. */
public final class VersionCommand implements CliCommand {

	@Override
	public int run(CommandContext context) {
		context.args().expectAtMost(0);
		Map<String, String> versions = Versions.collect();
		if (context.json()) {
			context.out().println(new com.google.gson.Gson().toJson(versions));
		} else {
			Map<String, String> shown = new LinkedHashMap<>(versions);
			shown.forEach((k, v) -> context.out().printf("%-28s %s%n", k, v));
		}
		return 0;
	}
}
