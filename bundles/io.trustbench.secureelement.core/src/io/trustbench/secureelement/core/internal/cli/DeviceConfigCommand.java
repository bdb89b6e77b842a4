package io.trustbench.secureelement.core.internal.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.trustbench.cli.CommandContext;
import io.trustbench.core.Hex;
import io.trustbench.secureelement.core.DeviceManager;
import io.trustbench.secureelement.core.SecureElement;
import io.trustbench.secureelement.core.config.ConfigZone;
import io.trustbench.secureelement.core.config.Property;
import io.trustbench.secureelement.core.config.SlotPermissions;

/** {@code device config ID [--json] [--raw]}: the config zone decoded, one line per slot with its permissions. */
public final class DeviceConfigCommand extends DeviceCommand {

	@Override
	int execute(CommandContext context, DeviceManager devices) throws Exception {
		boolean raw = context.args().flag("--raw");
		String id = context.args().positional(0, "device ID");
		context.args().expectAtMost(1);
		ConfigZone config;
		try (SecureElement chip = open(devices, id, context)) {
			config = chip.readConfig(context.monitor());
		}
		if (context.json()) {
			Map<String, Object> out = new LinkedHashMap<>();
			out.put("id", id);
			out.put("raw", Hex.encodeUpper(config.bytes()));
			out.put("fields", asMap(config.properties()));
			List<Map<String, String>> slots = new ArrayList<>();
			for (SlotPermissions p : config.allPermissions()) {
				slots.add(asMap(p.properties()));
			}
			out.put("slots", slots);
			printJson(context, out);
			return 0;
		}
		if (raw) {
			byte[] bytes = config.bytes();
			for (int row = 0; row < 128; row += 16) {
				context.out().printf("%03d: %s%n", row, Hex.encodeUpper(java.util.Arrays.copyOfRange(bytes, row, row + 16)));
			}
			context.out().println();
		}
		for (Property p : config.properties()) {
			context.out().printf("%-13s %s%n", p.name(), p.value());
		}
		context.out().println();
		context.out().printf("%-4s %-4s %-11s %-10s %-6s %s%n", "SLOT", "SIZE", "SLOTCONFIG", "KEYCONFIG", "LOCKED", "USE");
		for (SlotPermissions p : config.allPermissions()) {
			context.out().printf("%-4d %-4d 0x%04X      0x%04X     %-6s %s%n", p.slot(), p.size(), p.slotConfig().value(),
					p.keyConfig().value(), p.slotLocked() ? "yes" : "no", p.summary());
		}
		return 0;
	}

	private static Map<String, String> asMap(List<Property> properties) {
		Map<String, String> m = new LinkedHashMap<>();
		for (Property p : properties) {
			m.put(p.name(), p.value());
		}
		return m;
	}
}
