package io.trustbench.secureelement.ui.internal.explorer;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import io.trustbench.secureelement.core.DeviceInfo;
import io.trustbench.secureelement.core.SecureElement;
import io.trustbench.secureelement.core.SecureElementException;
import io.trustbench.secureelement.core.config.ConfigZone;
import io.trustbench.secureelement.core.config.SlotPermissions;

/**
 * Reads what the tree shows of one chip: info (serial, revision, locks), the config zone, and the
 * bytes of readable 72-byte slots so certificates can be told from data. A failure becomes the
 * device's state (shown as a red leaf), not a dialog: an unplugged kit is not an error the user
 * asked for.
 */
final class ReadDeviceJob extends Job {

	private static final int FIRST_72_BYTE_SLOT = 9;

	private final ExplorerModel model;
	private final DeviceNode device;

	ReadDeviceJob(ExplorerModel model, DeviceNode device) {
		super(NLS.bind(Messages.ReadDeviceJob_name, device.id()));
		this.model = model;
		this.device = device;
		setRule(DeviceRule.forDevice(device.id()));
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor sub = SubMonitor.convert(monitor, getName(), 20);
		try (SecureElement chip = model.devices().open(device.id(), sub.split(2))) {
			DeviceInfo info = chip.info(sub.split(3));
			ConfigZone config = chip.readConfig(sub.split(4));
			Map<Integer, SlotContent> contents = new HashMap<>();
			SubMonitor slots = sub.split(11).setWorkRemaining(16 - FIRST_72_BYTE_SLOT);
			for (int slot = FIRST_72_BYTE_SLOT; slot < 16; slot++) {
				contents.put(slot, probe(chip, config.permissions(slot), slots.split(1)));
			}
			model.stateRead(device, DeviceState.read(new DeviceDetails(info, config, contents)));
		} catch (SecureElementException e) {
			model.stateRead(device, DeviceState.failed(e.getMessage()));
		} catch (RuntimeException e) {
			model.stateRead(device, DeviceState.failed(e.toString()));
			return Status.error(NLS.bind(Messages.ReadDeviceJob_failed, device.id(), e), e);
		}
		return Status.OK_STATUS;
	}

	/** Data-zone reads only work after the data lock, and never on keys or secrets: do not ask then. */
	private static SlotContent probe(SecureElement chip, SlotPermissions permissions, IProgressMonitor monitor) {
		boolean readable = permissions.dataLocked() && permissions.readableInClear()
				&& permissions.keyConfig().keyType() != io.trustbench.secureelement.core.config.KeyConfig.KEY_TYPE_P256;
		if (!readable) {
			return SlotContent.NOT_READ;
		}
		try {
			return SlotContent.probe(chip.readSlot(permissions.slot(), monitor));
		} catch (SecureElementException e) {
			return SlotContent.NOT_READ;
		}
	}

	@Override
	public boolean belongsTo(Object family) {
		return ExplorerModel.JOB_FAMILY.equals(family);
	}
}
