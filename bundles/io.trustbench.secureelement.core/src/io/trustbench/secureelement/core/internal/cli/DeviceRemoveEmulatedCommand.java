package io.trustbench.secureelement.core.internal.cli;

import java.util.List;

import io.trustbench.cli.CommandContext;
import io.trustbench.cli.CommandException;
import io.trustbench.secureelement.core.DeviceManager;

/**
 * {@code device remove-emulated [--yes] [--json]}: deletes every fleet thing with its keys, so it
 * asks first unless {@code --yes}; emu-root, emu-signer and emu-thing stay.
 */
public final class DeviceRemoveEmulatedCommand extends DeviceCommand {

	@Override
	int execute(CommandContext context, DeviceManager devices) throws Exception {
		boolean yes = context.args().flag("--yes");
		context.args().expectAtMost(0);
		int listed = devices.emulatedThings().size();
		if (listed > 0 && !yes && !context.confirm("Remove " + listed
				+ " emulated things with their keys? Certificates issued to them can no longer be used.")) {
			throw new CommandException("nothing removed: no confirmation (use --yes in scripts)");
		}
		List<String> removed = devices.removeEmulatedThings(context.monitor());
		if (context.json()) {
			printJson(context, map("removed", removed));
		} else {
			context.out().println("removed " + removed.size() + " emulated things");
		}
		return 0;
	}
}
