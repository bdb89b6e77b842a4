package io.trustbench.provisioning.ui.tests;

import io.trustbench.provisioning.core.flow.Flow;
import io.trustbench.provisioning.core.flow.FlowEnvironment;
import io.trustbench.provisioning.core.flow.FlowFactory;

/** A vendor's flow that cannot be built (its configuration is missing): the wizard must say so. */
public final class AcmeBrokenFlowFactory implements FlowFactory {

	static final String ID = "acme-broken";

	@Override
	public Flow create(FlowEnvironment environment) {
		throw new IllegalStateException("ACME back end not configured",
				new java.io.FileNotFoundException("acme.properties"));
	}
}
