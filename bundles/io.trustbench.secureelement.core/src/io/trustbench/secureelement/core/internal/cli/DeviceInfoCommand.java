package io.trustbench.secureelement.core.internal.cli;

import java.util.Map;

import io.trustbench.cli.CommandContext;
import io.trustbench.secureelement.core.DeviceInfo;
import io.trustbench.secureelement.core.DeviceManager;

/** {@code device info ID [--json]}: kit, chip model, serial, revision, firmware, locks. */
public final class DeviceInfoCommand extends DeviceCommand {

	@Override
	int execute(CommandContext context, DeviceManager devices) throws Exception {
		String id = context.args().positional(0, "device ID");
		context.args().expectAtMost(1);
		DeviceInfo info = devices.info(id, context.monitor());
		Map<String, Object> m = map("id", info.descriptor().id(), "kind", info.descriptor().kind(), "transport",
				info.descriptor().transport(), "name", info.descriptor().name(), "location", info.descriptor().location(),
				"firmware", info.firmware(), "chip", info.chipModel(), "serial", info.serialHex(), "revision",
				info.revisionHex(), "configLocked", info.locks().configLocked(), "dataLocked", info.locks().dataLocked(),
				"lockedSlots", lockedSlots(info));
		if (context.json()) {
			printJson(context, m);
		} else {
			m.forEach((k, v) -> context.out().printf("%-13s %s%n", k, v));
		}
		return 0;
	}

	private static String lockedSlots(DeviceInfo info) {
		StringBuilder b = new StringBuilder();
		for (int slot = 0; slot < 16; slot++) {
			if (info.locks().slotLocked(slot)) {
				b.append(b.length() == 0 ? "" : ",").append(slot);
			}
		}
		return b.length() == 0 ? "none" : b.toString();
	}
}
