package io.trustbench.secureelement.core.internal.cli;

import io.trustbench.cli.CommandContext;
import io.trustbench.core.Hex;
import io.trustbench.secureelement.core.DeviceManager;
import io.trustbench.secureelement.core.SecureElement;

/** {@code device pubkey ID --slot N [--pem] [--json]}: the public key of a slot. */
public final class DevicePubkeyCommand extends DeviceCommand {

	@Override
	int execute(CommandContext context, DeviceManager devices) throws Exception {
		int slot = slot(context);
		boolean pem = context.args().flag("--pem");
		String id = context.args().positional(0, "device ID");
		context.args().expectAtMost(1);
		byte[] key;
		try (SecureElement chip = open(devices, id, context)) {
			key = chip.publicKey(slot, context.monitor());
		}
		if (context.json()) {
			printJson(context, map("id", id, "slot", slot, "publicKey", Hex.encode(key), "pem", PublicKeyPem.pem(key)));
		} else if (pem) {
			context.out().print(PublicKeyPem.pem(key));
		} else {
			context.out().println(Hex.encode(key));
		}
		return 0;
	}
}
