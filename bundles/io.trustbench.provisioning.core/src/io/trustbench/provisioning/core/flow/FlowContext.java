package io.trustbench.provisioning.core.flow;

import java.nio.file.Path;
import java.util.function.Consumer;

import io.trustbench.provisioning.core.aws.CloudSession;
import io.trustbench.secureelement.core.DeviceManager;

/**
 * Everything a flow's steps share in one run: the workspace, the devices, the cloud session
 * (opened lazily: a flow that fails on a device never touches AWS), the saved state and where
 * detail lines go (CLI output, wizard log).
 */
public final class FlowContext implements AutoCloseable {

	private final Path workspace;
	private final DeviceManager devices;
	private final CloudSession.Opener cloudOpener;
	private final FlowState state;
	private final Consumer<String> log;
	private final FlowOptions options;
	private CloudSession cloud;

	public FlowContext(Path workspace, DeviceManager devices, CloudSession.Opener cloudOpener, FlowState state,
			FlowOptions options, Consumer<String> log) {
		this.workspace = workspace;
		this.devices = devices;
		this.cloudOpener = cloudOpener;
		this.state = state;
		this.options = options;
		this.log = log;
	}

	public Path workspace() {
		return workspace;
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
		if (cloud != null) {
			cloud.close();
			cloud = null;
		}
	}
}
