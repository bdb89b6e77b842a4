package io.trustbench.secureelement.core.internal.cli;

import io.trustbench.cli.CommandContext;
import io.trustbench.core.Hex;
import io.trustbench.secureelement.core.DeviceManager;
import io.trustbench.secureelement.core.SecureElement;

/** {@code device random ID [--json]}: 32 random bytes from the chip. */
public final class DeviceRandomCommand extends DeviceCommand {

	@Override
	int execute(CommandContext context, DeviceManager devices) throws Exception {
		String id = context.args().positional(0, "device ID");
		context.args().expectAtMost(1);
		byte[] random;
		try (SecureElement chip = open(devices, id, context)) {
			random = chip.random(context.monitor());
		}
		if (context.json()) {
			printJson(context, map("id", id, "random", Hex.encode(random)));
		} else {
			context.out().println(Hex.encode(random));
		}
		return 0;
	}
}
