package io.trustbench.secureelement.ui.internal.explorer;

import org.eclipse.core.runtime.jobs.ISchedulingRule;

/**
 * One rule per device (and one for scanning): jobs on the same kit run one after the other, since
 * a kit answers one command at a time; jobs on different kits run side by side.
 */
public record DeviceRule(String key) implements ISchedulingRule {

	public static DeviceRule forDevice(String deviceId) {
		return new DeviceRule("device:" + deviceId);
	}

	public static DeviceRule forScan() {
		return new DeviceRule("scan");
	}

	@Override
	public boolean contains(ISchedulingRule rule) {
		return equals(rule);
	}

	@Override
	public boolean isConflicting(ISchedulingRule rule) {
		return equals(rule);
	}
}
