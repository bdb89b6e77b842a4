package io.trustbench.provisioning.core.byoc;

import org.eclipse.core.runtime.IProgressMonitor;

import io.trustbench.provisioning.core.flow.FlowContext;
import io.trustbench.provisioning.core.flow.FlowRunner;
import io.trustbench.provisioning.core.flow.FlowStep;

/**
 * Runs BYOC inside another flow (JITR, JITP, fleet) with BYOC's own saved state, so the CA is
 * registered once per target and its id is known; BYOC's steps skip what is already done.
 */
public final class RegisteredCaStep implements FlowStep {

	private final ByocFlow byoc;

	public RegisteredCaStep(SignerAuthority signer) {
		this.byoc = new ByocFlow(signer);
	}

	@Override
	public String id() {
		return "ca";
	}

	@Override
	public String label() {
		return "Signer CA registered (BYOC)";
	}

	@Override
	public String explanation() {
		return "Just-in-time registration needs the signer CA registered, active and with auto-registration; this "
				+ "runs the BYOC flow, which does nothing when the CA is already registered.";
	}

	@Override
	public void run(FlowContext context, IProgressMonitor monitor) throws Exception {
		FlowContext byocContext = context.nested(ByocFlow.ID);
		FlowRunner.Result result = new FlowRunner(null).run(byoc, byocContext, monitor);
		if (!result.ok()) {
			if (result.cancelled()) {
				throw new org.eclipse.core.runtime.OperationCanceledException();
			}
			FlowRunner.StepResult failed = result.failedStep().orElseThrow();
			throw new IllegalStateException("BYOC: " + failed.step().label() + ": " + failed.message());
		}
		context.state().put(ByocFlow.CA_ID, byocContext.state().require(ByocFlow.CA_ID));
		context.log("CA " + context.state().require(ByocFlow.CA_ID));
	}

	@Override
	public boolean stillValid(FlowContext context, IProgressMonitor monitor) {
		return false; // BYOC's own steps skip what is done
	}
}
