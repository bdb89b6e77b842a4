package io.trustbench.secureelement.ui.internal.operations;

import java.util.Arrays;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import io.trustbench.core.Hex;
import io.trustbench.secureelement.core.config.ConfigZone;
import io.trustbench.secureelement.core.config.Property;
import io.trustbench.secureelement.core.config.SlotPermissions;
import io.trustbench.secureelement.ui.internal.explorer.ExplorerNode;

/** Show Configuration: the 128 config bytes, chip-wide fields and one line of permissions per slot. */
public final class ConfigHandler extends DeviceHandler {

	@Override
	DeviceJob createJob(ExplorerNode node, DeviceDialogs dialogs, Shell shell) {
		String title = NLS.bind(Messages.Config_title, node.device().id());
		return new DeviceJob(title, node.device(), (chip, monitor) -> {
			ConfigZone config = chip.readConfig(monitor);
			return new OperationResult(title, Messages.Config_message, text(config), null, config.bytes());
		}, false, dialogs, shell);
	}

	static String text(ConfigZone config) {
		StringBuilder out = new StringBuilder();
		byte[] bytes = config.bytes();
		for (int row = 0; row < ConfigZone.SIZE; row += 16) {
			out.append(String.format("%03d: %s%n", row, Hex.encodeUpper(Arrays.copyOfRange(bytes, row, row + 16)))); //$NON-NLS-1$
		}
		out.append('\n');
		for (Property p : config.properties()) {
			out.append(String.format("%-13s %s%n", p.name(), p.value())); //$NON-NLS-1$
		}
		out.append('\n');
		out.append(String.format("%-4s %-4s %-10s %-9s %-6s %s%n", "SLOT", "SIZE", "SLOTCONFIG", "KEYCONFIG", "LOCKED", "USE")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
		for (SlotPermissions p : config.allPermissions()) {
			out.append(String.format("%-4d %-4d 0x%04X     0x%04X    %-6s %s%n", p.slot(), p.size(), //$NON-NLS-1$
					p.slotConfig().value(), p.keyConfig().value(), p.slotLocked() ? "yes" : "no", p.summary())); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return out.toString();
	}
}
