package io.trustbench.provisioning.core.internal.flows;

import io.trustbench.provisioning.core.fleet.FleetFlow;
import io.trustbench.provisioning.core.flow.Flow;
import io.trustbench.provisioning.core.flow.FlowEnvironment;
import io.trustbench.provisioning.core.flow.FlowFactory;
import io.trustbench.provisioning.core.thing.ThingConnectors;

/** Contributes the multi-device flow with the installed thing connector. */
public final class FleetFlowFactory implements FlowFactory {

	@Override
	public Flow create(FlowEnvironment environment) {
		return new FleetFlow(Signers.of(environment), ThingConnectors.find().orElse(null));
	}
}
