package io.trustbench.provisioning.core.internal.demo;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import io.trustbench.cli.demo.DemoContext;
import io.trustbench.cli.demo.DemoStep;
import io.trustbench.provisioning.core.aws.CloudSession;
import io.trustbench.provisioning.core.aws.ConnectionProfile;
import io.trustbench.provisioning.core.byoc.PkiSignerAuthority;
import io.trustbench.provisioning.core.flow.Flow;
import io.trustbench.provisioning.core.flow.FlowContext;
import io.trustbench.provisioning.core.flow.FlowOptions;
import io.trustbench.provisioning.core.flow.FlowRunner;
import io.trustbench.provisioning.core.flow.FlowSessions;
import io.trustbench.provisioning.core.flow.FlowStep;
import io.trustbench.secureelement.core.DeviceManager;

/** Runs a provisioning flow against the demo's emulator, printing its steps as the CLI does. */
abstract class FlowDemoStep implements DemoStep {

	protected abstract Flow flow(PkiSignerAuthority signer);

	@Override
	public IStatus run(DemoContext context, IProgressMonitor monitor) throws Exception {
		CloudSession cloud = context.get(DemoKeys.CLOUD, CloudSession.class)
				.orElseThrow(() -> new IllegalStateException("the emulator step did not run"));
		DeviceManager devices = DeviceManager.forWorkspace(context.workspace());
		Flow flow = flow(new PkiSignerAuthority(context.workspace(), devices, null, null));
		try (FlowContext flowContext = FlowSessions.open(context.workspace(), devices, flow.id(),
				ConnectionProfile.localEmulator(), m -> unclosable(cloud), FlowOptions.none(),
				line -> context.out().println("    " + line))) {
			FlowRunner.Result result = new FlowRunner(new FlowRunner.Listener() {
				@Override
				public void stepStarted(FlowStep step) {
					context.out().println("- " + step.label());
				}
			}).run(flow, flowContext, monitor);
			if (!result.ok()) {
				FlowRunner.StepResult failed = result.failedStep().orElseThrow();
				return Status.error(failed.step().label() + ": " + failed.message());
			}
			afterSuccess(context, flowContext);
		}
		return Status.OK_STATUS;
	}

	protected void afterSuccess(DemoContext context, FlowContext flowContext) {
	}

	/** The demo's session outlives each flow: the flow context must not close it. */
	private static CloudSession unclosable(CloudSession cloud) {
		return CloudSession.sharing(cloud);
	}
}
