package io.trustbench.provisioning.core.internal.flows;

import io.trustbench.provisioning.core.flow.Flow;
import io.trustbench.provisioning.core.flow.FlowEnvironment;
import io.trustbench.provisioning.core.flow.FlowFactory;
import io.trustbench.provisioning.core.jitp.JitpFlow;
import io.trustbench.provisioning.core.thing.ThingConnectors;

/** Contributes JITP with the installed thing connector (the device simulator). */
public final class JitpFlowFactory implements FlowFactory {

	@Override
	public Flow create(FlowEnvironment environment) {
		return new JitpFlow(Signers.of(environment), ThingConnectors.find().orElse(null));
	}
}
