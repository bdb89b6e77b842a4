package io.trustbench.provisioning.core.internal.demo;

import io.trustbench.provisioning.core.byoc.ByocFlow;
import io.trustbench.provisioning.core.byoc.PkiSignerAuthority;
import io.trustbench.provisioning.core.flow.Flow;

/** Demo step "byoc": the signer CA registered with the emulator (verification certificate from the Signer kit). */
public final class ByocDemoStep extends FlowDemoStep {

	@Override
	protected Flow flow(PkiSignerAuthority signer) {
		return new ByocFlow(signer);
	}
}
