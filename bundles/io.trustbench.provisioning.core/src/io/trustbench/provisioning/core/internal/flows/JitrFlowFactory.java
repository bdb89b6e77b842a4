package io.trustbench.provisioning.core.internal.flows;

import io.trustbench.provisioning.core.flow.Flow;
import io.trustbench.provisioning.core.flow.FlowEnvironment;
import io.trustbench.provisioning.core.flow.FlowFactory;
import io.trustbench.provisioning.core.jitr.JitrFlow;
import io.trustbench.provisioning.core.thing.ThingConnectors;

/** Contributes JITR with the installed thing connector (the device simulator). */
public final class JitrFlowFactory implements FlowFactory {

	@Override
	public Flow create(FlowEnvironment environment) {
		return new JitrFlow(Signers.of(environment), ThingConnectors.find().orElse(null));
	}
}
