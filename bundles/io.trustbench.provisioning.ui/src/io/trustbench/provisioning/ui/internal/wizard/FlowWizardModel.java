package io.trustbench.provisioning.ui.internal.wizard;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.trustbench.provisioning.core.aws.ConnectionProfile;
import io.trustbench.provisioning.core.flow.Flow;
import io.trustbench.provisioning.core.flow.FlowContext;
import io.trustbench.provisioning.core.flow.FlowEnvironment;
import io.trustbench.provisioning.core.flow.FlowOptions;
import io.trustbench.provisioning.core.flow.FlowRegistry;
import io.trustbench.provisioning.core.flow.FlowSessions;
import io.trustbench.provisioning.core.flow.FlowStep;
import io.trustbench.secureelement.core.DeviceManager;

/**
 * What the pages of one wizard share: the chosen flow, the connection, the option values (secrets
 * included, in memory only: nothing here is ever written). A revision counter tells the run page
 * that something changed since its last run.
 */
public final class FlowWizardModel {

	private final Path workspace;
	private final DeviceManager devices;
	private final ConnectionSettings connection = new ConnectionSettings();
	private final Map<String, String> options = new LinkedHashMap<>();
	private FlowRegistry.Descriptor descriptor;
	private int revision;

	public FlowWizardModel(Path workspace, DeviceManager devices, FlowRegistry.Descriptor descriptor) {
		this.workspace = workspace;
		this.devices = devices;
		this.descriptor = descriptor;
	}

	public Path workspace() {
		return workspace;
	}

	public DeviceManager devices() {
		return devices;
	}

	public FlowRegistry.Descriptor descriptor() {
		return descriptor;
	}

	public void setDescriptor(FlowRegistry.Descriptor descriptor) {
		if (this.descriptor != descriptor) {
			this.descriptor = descriptor;
			options.clear();
			changed();
		}
	}

	public ConnectionSettings connection() {
		return connection;
	}

	/** Sets an option; null leaves the flow its default. */
	public void setOption(String key, String value) {
		if (value == null) {
			options.remove(key);
		} else {
			options.put(key, value);
		}
		changed();
	}

	public FlowOptions options() {
		return new FlowOptions(options);
	}

	public void changed() {
		revision++;
	}

	public int revision() {
		return revision;
	}

	/** The flow with the options given so far (the factory may throw for a broken vendor flow). */
	public Flow flow() {
		return descriptor.create(new FlowEnvironment(workspace, devices, options()));
	}

	/**
	 * The steps the flow would run with the current options, for the first page: asked of a context
	 * that can read the saved state but refuses to connect (listing steps never touches AWS).
	 */
	public List<FlowStep> plannedSteps(Flow flow) throws java.io.IOException {
		ConnectionProfile target = connection.problem() == null ? connection.profile() : ConnectionProfile.localEmulator();
		try (FlowContext context = FlowSessions.open(workspace, devices, flow.id(), target,
				monitor -> {
					throw new IllegalStateException("listing steps does not connect");
				}, options(), line -> { })) {
			return flow.steps(context);
		}
	}
}
