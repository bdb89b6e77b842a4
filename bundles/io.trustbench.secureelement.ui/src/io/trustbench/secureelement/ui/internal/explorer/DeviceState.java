package io.trustbench.secureelement.ui.internal.explorer;

/**
 * What the explorer knows about a device's chip: nothing yet, being read, read ({@link #details()}),
 * or failed with a one-line reason.
 */
public record DeviceState(Phase phase, DeviceDetails details, String error) {

	public enum Phase { NOT_READ, READING, READ, FAILED }

	public static final DeviceState NOT_READ = new DeviceState(Phase.NOT_READ, null, null);
	public static final DeviceState READING = new DeviceState(Phase.READING, null, null);

	public static DeviceState read(DeviceDetails details) {
		return new DeviceState(Phase.READ, details, null);
	}

	public static DeviceState failed(String error) {
		return new DeviceState(Phase.FAILED, null, error);
	}
}
