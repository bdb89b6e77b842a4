package io.trustbench.provisioning.core.internal.flows;

import io.trustbench.provisioning.core.byoc.PkiSignerAuthority;
import io.trustbench.provisioning.core.flow.FlowEnvironment;
import io.trustbench.provisioning.core.thing.ThingOptions;

/** The signer authority of a run: the workspace's PKI on the kits the options name. */
final class Signers {

	private Signers() {
	}

	static PkiSignerAuthority of(FlowEnvironment environment) {
		return new PkiSignerAuthority(environment.workspace(), environment.devices(),
				environment.options().get(ThingOptions.ROOT).orElse(null),
				environment.options().get(ThingOptions.SIGNER).orElse(null));
	}
}
