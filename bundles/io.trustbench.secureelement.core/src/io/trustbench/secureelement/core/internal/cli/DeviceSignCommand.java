package io.trustbench.secureelement.core.internal.cli;

import io.trustbench.cli.CommandContext;
import io.trustbench.core.Hex;
import io.trustbench.secureelement.core.DeviceManager;
import io.trustbench.secureelement.core.SecureElement;

/** {@code device sign ID --slot N --digest HEX [--json]}: prints the signature R‖S in hex. */
public final class DeviceSignCommand extends DeviceCommand {

	@Override
	int execute(CommandContext context, DeviceManager devices) throws Exception {
		int slot = slot(context);
		byte[] digest = hexOption(context, "--digest", 32);
		String id = context.args().positional(0, "device ID");
		context.args().expectAtMost(1);
		byte[] signature;
		try (SecureElement chip = open(devices, id, context)) {
			signature = chip.sign(slot, digest, context.monitor());
		}
		if (context.json()) {
			printJson(context, map("id", id, "slot", slot, "digest", Hex.encode(digest), "signature", Hex.encode(signature),
					"r", Hex.encode(java.util.Arrays.copyOfRange(signature, 0, 32)), "s",
					Hex.encode(java.util.Arrays.copyOfRange(signature, 32, 64))));
		} else {
			context.out().println(Hex.encode(signature));
		}
		return 0;
	}
}
