package io.trustbench.secureelement.core.internal.cli;

import io.trustbench.cli.CommandContext;
import io.trustbench.cli.UsageException;
import io.trustbench.core.Hex;
import io.trustbench.secureelement.core.DeviceManager;
import io.trustbench.secureelement.core.SecureElement;
import io.trustbench.secureelement.core.Zone;
import io.trustbench.secureelement.core.config.SlotPermissions;

/**
 * {@code device read ID (--slot N | --otp) [--offset O] [--length L] [--json]}: reads a data slot
 * or the OTP zone in clear. A private-key or secret slot is refused with a clear message.
 */
public final class DeviceReadCommand extends DeviceCommand {

	@Override
	int execute(CommandContext context, DeviceManager devices) throws Exception {
		boolean otp = context.args().flag("--otp");
		Integer slotOption = optionalSlot(context);
		if (otp == (slotOption != null)) {
			throw new UsageException("give exactly one of --slot N or --otp");
		}
		int slot = otp ? 0 : slotOption;
		int size = otp ? 64 : SlotPermissions.slotSize(slot);
		int offset = context.args().intOption("--offset", 0);
		int length = context.args().intOption("--length", size - offset);
		String id = context.args().positional(0, "device ID");
		context.args().expectAtMost(1);
		if (offset < 0 || length < 0 || offset % 4 != 0 || length % 4 != 0 || offset + length > size) {
			throw new UsageException("--offset and --length must be multiples of 4 within the " + size + " bytes");
		}
		byte[] data;
		try (SecureElement chip = open(devices, id, context)) {
			data = chip.read(otp ? Zone.OTP : Zone.DATA, slot, offset, length, context.monitor());
		}
		if (context.json()) {
			printJson(context, map("id", id, "zone", otp ? "otp" : "data", "slot", otp ? null : slot, "offset", offset,
					"data", Hex.encode(data)));
		} else {
			context.out().println(Hex.encode(data));
		}
		return 0;
	}
}
