package io.trustbench.provisioning.core.flow;

import java.nio.file.Path;
import java.util.function.Consumer;

import io.trustbench.provisioning.core.aws.CloudSession;
import io.trustbench.provisioning.core.aws.ConnectionProfile;
import io.trustbench.secureelement.core.DeviceManager;

/**
 * Everything a flow's steps share in one run: the workspace, the devices, the cloud session
 * (opened lazily: a flow that fails on a device never touches AWS), the saved state and where
 * detail lines go (CLI output, wizard log).
 */
public final class FlowContext implements AutoCloseable {

	private final Path workspace;
	private final ConnectionProfile profile;
	private final DeviceManager devices;
	private final CloudSession.Opener cloudOpener;
	private final FlowState state;
	private final Consumer<String> log;
	private final FlowOptions options;
	private final boolean ownsCloud;
	private CloudSession cloud;

	public FlowContext(Path workspace, ConnectionProfile profile, DeviceManager devices, CloudSession.Opener cloudOpener,
			FlowState state, FlowOptions options, Consumer<String> log) {
		this(workspace, profile, devices, cloudOpener, state, options, log, true);
	}

	private FlowContext(Path workspace, ConnectionProfile profile, DeviceManager devices, CloudSession.Opener cloudOpener,
			FlowState state, FlowOptions options, Consumer<String> log, boolean ownsCloud) {
		this.ownsCloud = ownsCloud;
		this.workspace = workspace;
		this.profile = profile;
		this.devices = devices;
		this.cloudOpener = cloudOpener;
		this.state = state;
		this.options = options;
		this.log = log;
	}

	public Path workspace() {
		return workspace;
	}

	/** The target of the run (local emulator, AWS, endpoint); names the state files. */
	public ConnectionProfile profile() {
		return profile;
	}

	/**
	 * A context for a flow run inside this one (JITR runs BYOC): same workspace, target, devices,
	 * options and cloud session (which stays this context's to close), its own state file, detail
	 * lines indented.
	 */
	public FlowContext nested(String flowId) throws java.io.IOException {
		return nested(flowId, options, "  ");
	}

	/**
	 * As {@link #nested(String)}, with other options and a prefix for its detail lines (the fleet
	 * flow runs each thing in its own nested context, its lines prefixed with the device id).
	 */
	public FlowContext nested(String stateName, FlowOptions nestedOptions, String logPrefix) throws java.io.IOException {
		return new FlowContext(workspace, profile, devices, this::cloud,
				FlowState.load(FlowSessions.stateFile(workspace, stateName, profile)), nestedOptions,
				line -> log(logPrefix + line), false);
	}

	public DeviceManager devices() {
		return devices;
	}

	public FlowState state() {
		return state;
	}

	public FlowOptions options() {
		return options;
	}

	/** The cloud session, opened (and the local emulator started) on first use. */
	public synchronized CloudSession cloud(org.eclipse.core.runtime.IProgressMonitor monitor) throws Exception {
		if (cloud == null) {
			cloud = cloudOpener.open(monitor);
		}
		return cloud;
	}

	/** A detail line for the user (CLI, wizard page); never secrets. */
	public void log(String line) {
		log.accept(line);
	}

	@Override
	public synchronized void close() {
		if (cloud != null && ownsCloud) {
			cloud.close();
		}
		cloud = null;
	}
}
