package io.trustbench.provisioning.core.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import io.trustbench.provisioning.core.aws.CloudSession;
import io.trustbench.provisioning.core.aws.ConnectionProfile;
import io.trustbench.provisioning.core.byoc.PkiSignerAuthority;
import io.trustbench.provisioning.core.flow.Flow;
import io.trustbench.provisioning.core.flow.FlowContext;
import io.trustbench.provisioning.core.flow.FlowOptions;
import io.trustbench.provisioning.core.flow.FlowRunner;
import io.trustbench.provisioning.core.flow.FlowSessions;
import io.trustbench.secureelement.core.DeviceManager;

/** A fresh workspace with emulated kits, and a way to run flows in it against a session. */
final class Kits {

	final Path workspace;
	final DeviceManager devices;
	final List<String> log = new ArrayList<>();

	Kits(Path workspace) {
		this.workspace = workspace;
		this.devices = DeviceManager.forWorkspace(workspace);
	}

	PkiSignerAuthority signer() {
		return new PkiSignerAuthority(workspace, devices, null, null);
	}

	FlowRunner.Result run(Flow flow, ConnectionProfile profile, CloudSession.Opener cloud, FlowOptions options)
			throws Exception {
		Consumer<String> sink = line -> {
			synchronized (log) {
				log.add(line);
			}
		};
		try (FlowContext context = FlowSessions.open(workspace, devices, flow.id(), profile, cloud, options, sink)) {
			return new FlowRunner(null).run(flow, context, null);
		}
	}

	static String describe(FlowRunner.Result result) {
		StringBuilder text = new StringBuilder(result.flow().label()).append(':');
		result.steps().forEach(s -> text.append("\n  ").append(s.outcome()).append(' ').append(s.step().label())
				.append(s.message().isEmpty() ? "" : " — " + s.message()));
		return text.toString();
	}
}
