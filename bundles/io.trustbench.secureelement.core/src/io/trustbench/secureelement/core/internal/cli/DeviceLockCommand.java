package io.trustbench.secureelement.core.internal.cli;

import io.trustbench.cli.CommandContext;
import io.trustbench.cli.CommandException;
import io.trustbench.cli.UsageException;
import io.trustbench.secureelement.core.DeviceManager;
import io.trustbench.secureelement.core.SecureElement;

/**
 * {@code device lock ID (--config | --data | --slot N) [--yes] [--json]}: irreversible, so it
 * asks first unless {@code --yes}; without an answer (no terminal) nothing is locked.
 */
public final class DeviceLockCommand extends DeviceCommand {

	@Override
	int execute(CommandContext context, DeviceManager devices) throws Exception {
		boolean config = context.args().flag("--config");
		boolean data = context.args().flag("--data");
		boolean yes = context.args().flag("--yes");
		Integer slotOption = optionalSlot(context);
		boolean hasSlot = slotOption != null;
		int slot = hasSlot ? slotOption : -1;
		if ((config ? 1 : 0) + (data ? 1 : 0) + (hasSlot ? 1 : 0) != 1) {
			throw new UsageException("give exactly one of --config, --data or --slot N");
		}
		String id = context.args().positional(0, "device ID");
		context.args().expectAtMost(1);
		String what = config ? "the config zone" : data ? "the data and OTP zones" : "slot " + slot;
		if (!yes && !context.confirm("Lock " + what + " of " + id + "? This can never be undone.")) {
			throw new CommandException("not locked: no confirmation (use --yes in scripts)");
		}
		try (SecureElement chip = open(devices, id, context)) {
			if (config) {
				chip.lockConfig(context.monitor());
			} else if (data) {
				chip.lockData(context.monitor());
			} else {
				chip.lockSlot(slot, context.monitor());
			}
		}
		if (context.json()) {
			printJson(context, map("id", id, "locked", config ? "config" : data ? "data" : "slot", "slot",
					hasSlot ? slot : null));
		} else {
			context.out().println("locked " + what + " of " + id);
		}
		return 0;
	}
}
