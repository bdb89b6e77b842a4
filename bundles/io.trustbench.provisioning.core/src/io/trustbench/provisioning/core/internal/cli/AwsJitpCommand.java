package io.trustbench.provisioning.core.internal.cli;

import io.trustbench.cli.Args;
import io.trustbench.provisioning.core.jitp.JitpFlow;

/** {@code aws jitp}: a provisioning template on the signer CA; AWS IoT provisions the thing on first connection. */
public final class AwsJitpCommand extends FlowCommand {

	@Override
	protected String flowId(Args args) {
		return JitpFlow.ID;
	}
}
