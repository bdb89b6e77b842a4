package io.trustbench.provisioning.core.internal.flows;

import io.trustbench.provisioning.core.byoc.ByocFlow;
import io.trustbench.provisioning.core.flow.Flow;
import io.trustbench.provisioning.core.flow.FlowEnvironment;
import io.trustbench.provisioning.core.flow.FlowFactory;

/** Contributes BYOC on the workspace's PKI. */
public final class ByocFlowFactory implements FlowFactory {

	@Override
	public Flow create(FlowEnvironment environment) {
		return new ByocFlow(Signers.of(environment));
	}
}
