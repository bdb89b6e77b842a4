package io.trustbench.secureelement.core.internal.cli;

import io.trustbench.cli.CommandContext;
import io.trustbench.core.Hex;
import io.trustbench.secureelement.core.DeviceManager;
import io.trustbench.secureelement.core.SecureElement;

/**
 * {@code device genkey ID --slot N [--json]}: a new private key in the slot (the old one is gone
 * for ever, with every certificate issued for it); prints the new public key.
 */
public final class DeviceGenkeyCommand extends DeviceCommand {

	@Override
	int execute(CommandContext context, DeviceManager devices) throws Exception {
		int slot = slot(context);
		String id = context.args().positional(0, "device ID");
		context.args().expectAtMost(1);
		byte[] key;
		try (SecureElement chip = open(devices, id, context)) {
			key = chip.genKey(slot, context.monitor());
		}
		if (context.json()) {
			printJson(context, map("id", id, "slot", slot, "publicKey", Hex.encode(key)));
		} else {
			context.err().println("new key generated in slot " + slot + "; certificates for the old key are now useless");
			context.out().println(Hex.encode(key));
		}
		return 0;
	}
}
