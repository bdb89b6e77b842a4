package io.trustbench.provisioning.core.flow;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import io.trustbench.provisioning.core.aws.CloudSession;
import io.trustbench.provisioning.core.aws.ConnectionProfile;
import io.trustbench.secureelement.core.DeviceManager;

/** Builds the context of a flow run the same way for the CLI, the wizards, the demo and tests. */
public final class FlowSessions {

	private FlowSessions() {
	}

	/** State file of a flow for one target: {@code provisioning/<flow>-<target>.json}. */
	public static Path stateFile(Path workspace, String flowId, ConnectionProfile profile) {
		return workspace.resolve("provisioning").resolve(flowId + "-" + profile.stateKey() + ".json");
	}

	public static FlowContext open(Path workspace, DeviceManager devices, String flowId, ConnectionProfile profile,
			FlowOptions options, Consumer<String> log) throws IOException {
		return open(workspace, devices, flowId, profile, monitor -> CloudSession.open(profile, workspace), options, log);
	}

	public static FlowContext open(Path workspace, DeviceManager devices, String flowId, ConnectionProfile profile,
			CloudSession.Opener cloud, FlowOptions options, Consumer<String> log) throws IOException {
		FlowState state = FlowState.load(stateFile(workspace, flowId, profile));
		return new FlowContext(workspace, profile, devices, cloud, state, options, log);
	}
}
