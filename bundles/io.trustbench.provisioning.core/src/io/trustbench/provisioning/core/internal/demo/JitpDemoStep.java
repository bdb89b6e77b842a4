package io.trustbench.provisioning.core.internal.demo;

import io.trustbench.provisioning.core.byoc.PkiSignerAuthority;
import io.trustbench.provisioning.core.flow.Flow;
import io.trustbench.provisioning.core.internal.thing.SimulatorThingConnector;
import io.trustbench.provisioning.core.jitp.JitpFlow;

/** Demo step "jitp": a fleet thing provisioned by the CA's template on its first connection. */
public final class JitpDemoStep extends FlowDemoStep {

	@Override
	protected Flow flow(PkiSignerAuthority signer) {
		return new JitpFlow(signer, new SimulatorThingConnector());
	}
}
