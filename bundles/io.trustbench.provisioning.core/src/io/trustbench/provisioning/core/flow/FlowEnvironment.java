package io.trustbench.provisioning.core.flow;

import java.nio.file.Path;

import io.trustbench.secureelement.core.DeviceManager;

/** What a {@link FlowFactory} may use to build a flow: the workspace, its devices and the run's options. */
public record FlowEnvironment(Path workspace, DeviceManager devices, FlowOptions options) {
}
