package io.trustbench.secureelement.core.internal.cli;

import io.trustbench.cli.CommandContext;
import io.trustbench.core.Hex;
import io.trustbench.secureelement.core.DeviceManager;
import io.trustbench.secureelement.core.SecureElement;

/** {@code device ecdh ID --slot N --peer HEX [--json]}: ECDH with a slot's key; prints the shared X. */
public final class DeviceEcdhCommand extends DeviceCommand {

	@Override
	int execute(CommandContext context, DeviceManager devices) throws Exception {
		int slot = slot(context);
		byte[] peer = publicKeyOption(context, "--peer");
		String id = context.args().positional(0, "device ID");
		context.args().expectAtMost(1);
		byte[] shared;
		try (SecureElement chip = open(devices, id, context)) {
			shared = chip.ecdh(slot, peer, context.monitor());
		}
		String text = shared.length == 0 ? "" : Hex.encode(shared);
		if (context.json()) {
			printJson(context, map("id", id, "slot", slot, "sharedSecret", text, "storedInSlot",
					shared.length == 0 ? slot + 1 : null));
		} else if (shared.length == 0) {
			context.out().println("shared secret written to slot " + (slot + 1) + " (WriteECDH)");
		} else {
			context.out().println(text);
		}
		return 0;
	}
}
