package io.trustbench.secureelement.core.internal.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.SubMonitor;

import io.trustbench.cli.CommandContext;
import io.trustbench.cli.UsageException;
import io.trustbench.secureelement.core.DeviceInfo;
import io.trustbench.secureelement.core.DeviceManager;

/**
 * {@code device add-emulated --count N [--json]}: makes sure the fleet things emu-thing-001 … N
 * exist and prints each with its chip serial and thing name (the CN of its device certificate).
 */
public final class DeviceAddEmulatedCommand extends DeviceCommand {

	/** Prefix of a fleet thing's CN; the rest is the chip serial number in upper-case hex. */
	static final String THING_NAME_PREFIX = "sn";

	@Override
	int execute(CommandContext context, DeviceManager devices) throws Exception {
		String value = context.args().requiredOption("--count");
		context.args().expectAtMost(0);
		int count;
		try {
			count = Integer.parseInt(value.trim());
		} catch (NumberFormatException e) {
			throw new UsageException("--count must be a number 1..999, not '" + value + "'");
		}
		if (count < 1 || count > 999) {
			throw new UsageException("--count must be 1..999, not " + count);
		}
		SubMonitor sub = SubMonitor.convert(context.monitor(), count + 1);
		Set<String> before = new HashSet<>(devices.emulatedThings());
		List<String> ids = devices.ensureEmulatedThings(count, sub.split(1));
		List<Map<String, Object>> rows = new ArrayList<>();
		for (String id : ids) {
			DeviceInfo info = devices.info(id, sub.split(1));
			rows.add(map("id", id, "serial", info.serialHex(), "thingName", THING_NAME_PREFIX + info.serialHex(),
					"created", !before.contains(id)));
		}
		long created = rows.stream().filter(r -> Boolean.TRUE.equals(r.get("created"))).count();
		if (context.json()) {
			printJson(context, map("created", created, "things", rows));
			return 0;
		}
		for (Map<String, Object> row : rows) {
			context.out().printf("%-14s %-18s %s%n", row.get("id"), row.get("serial"), row.get("thingName"));
		}
		context.out().println(created + " created, " + (ids.size() - created) + " already there");
		return 0;
	}
}
