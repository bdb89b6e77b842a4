package io.trustbench.secureelement.core.internal.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IStatus;

import io.trustbench.cli.CommandContext;
import io.trustbench.secureelement.core.DeviceDescriptor;
import io.trustbench.secureelement.core.DeviceInfo;
import io.trustbench.secureelement.core.DeviceManager;
import io.trustbench.secureelement.core.SecureElementException;

/** {@code device list [--json]}: every kit on every transport, with serial, revision and locks. */
public final class DeviceListCommand extends DeviceCommand {

	@Override
	int execute(CommandContext context, DeviceManager devices) {
		context.args().expectAtMost(0);
		List<DeviceDescriptor> found = devices.scan(context.monitor());
		List<Map<String, Object>> rows = new ArrayList<>();
		for (DeviceDescriptor d : found) {
			Map<String, Object> row = map("id", d.id(), "kind", d.kind(), "transport", d.transport(), "name", d.name());
			try {
				DeviceInfo info = devices.info(d.id(), context.monitor());
				row.put("serial", info.serialHex());
				row.put("revision", info.revisionHex());
				row.put("chip", info.chipModel());
				row.put("firmware", info.firmware());
				row.put("configLocked", info.locks().configLocked());
				row.put("dataLocked", info.locks().dataLocked());
			} catch (SecureElementException e) {
				row.put("error", e.getMessage());
			}
			row.put("location", d.location());
			rows.add(row);
		}
		IStatus status = devices.lastScanStatus();
		if (context.json()) {
			printJson(context, rows);
		} else {
			context.out().printf("%-12s %-14s %-9s %-16s %-18s %-8s %-6s %-6s%n", "ID", "KIND", "TRANSPORT", "NAME",
					"SERIAL", "REVISION", "CONFIG", "DATA");
			for (Map<String, Object> row : rows) {
				if (row.containsKey("error")) {
					context.out().printf("%-12s %-14s %-9s %-16s error: %s%n", row.get("id"), row.get("kind"),
							row.get("transport"), row.get("name"), row.get("error"));
					continue;
				}
				context.out().printf("%-12s %-14s %-9s %-16s %-18s %-8s %-6s %-6s%n", row.get("id"), row.get("kind"),
						row.get("transport"), row.get("name"), row.get("serial"), row.get("revision"),
						lock(row.get("configLocked")), lock(row.get("dataLocked")));
			}
		}
		if (!status.isOK()) {
			for (IStatus child : status.getChildren()) {
				context.err().println("note: " + child.getMessage());
			}
		}
		return 0;
	}

	private static String lock(Object locked) {
		return Boolean.TRUE.equals(locked) ? "locked" : "open";
	}
}
