package io.trustbench.secureelement.core.internal.cli;

import io.trustbench.cli.CommandContext;
import io.trustbench.cli.UsageException;
import io.trustbench.core.Hex;
import io.trustbench.secureelement.core.DeviceManager;
import io.trustbench.secureelement.core.SecureElement;

/**
 * {@code device verify ID --digest HEX --signature HEX (--pubkey HEX | --slot N) [--json]}: the
 * chip verifies (Verify external); exit 0 when valid, 1 when not.
 */
public final class DeviceVerifyCommand extends DeviceCommand {

	@Override
	int execute(CommandContext context, DeviceManager devices) throws Exception {
		byte[] digest = hexOption(context, "--digest", 32);
		byte[] signature = hexOption(context, "--signature", 64);
		String keyText = context.args().option("--pubkey");
		Integer slot = optionalSlot(context);
		if ((keyText == null) == (slot == null)) {
			throw new UsageException("give exactly one of --pubkey HEX or --slot N");
		}
		byte[] key = keyText == null ? null : publicKey("--pubkey", keyText);
		String id = context.args().positional(0, "device ID");
		context.args().expectAtMost(1);
		boolean valid;
		try (SecureElement chip = open(devices, id, context)) {
			if (key == null) {
				key = chip.publicKey(slot, context.monitor());
			}
			valid = chip.verify(digest, signature, key, context.monitor());
		}
		if (context.json()) {
			printJson(context, map("id", id, "valid", valid, "publicKey", Hex.encode(key)));
		} else {
			context.out().println(valid ? "signature valid" : "signature NOT valid");
		}
		return valid ? 0 : 1;
	}
}
