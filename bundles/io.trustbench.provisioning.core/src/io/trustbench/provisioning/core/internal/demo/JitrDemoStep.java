package io.trustbench.provisioning.core.internal.demo;

import io.trustbench.cli.demo.DemoContext;
import io.trustbench.provisioning.core.byoc.PkiSignerAuthority;
import io.trustbench.provisioning.core.flow.Flow;
import io.trustbench.provisioning.core.flow.FlowContext;
import io.trustbench.provisioning.core.internal.thing.SimulatorThingConnector;
import io.trustbench.provisioning.core.jitr.JitrFlow;

/** Demo step "jitr": the emulated thing prepared, registered just in time, activated and publishing. */
public final class JitrDemoStep extends FlowDemoStep {

	@Override
	protected Flow flow(PkiSignerAuthority signer) {
		return new JitrFlow(signer, new SimulatorThingConnector());
	}

	@Override
	protected void afterSuccess(DemoContext context, FlowContext flowContext) {
		context.put(DemoKeys.THING_DEVICE, flowContext.options().get("thing", JitrFlow.DEFAULT_THING));
	}
}
