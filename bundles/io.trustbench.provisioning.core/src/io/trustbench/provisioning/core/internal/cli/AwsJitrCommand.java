package io.trustbench.provisioning.core.internal.cli;

import io.trustbench.cli.Args;
import io.trustbench.provisioning.core.jitr.JitrFlow;

/**
 * {@code aws jitr}: prepares a thing and registers it just in time. The Wi-Fi password is read
 * from {@code TRUSTBENCH_WIFI_PASSWORD}, never from the command line (shell history) or a file,
 * and goes only into the thing.
 */
public final class AwsJitrCommand extends FlowCommand {

	@Override
	protected String flowId(Args args) {
		return JitrFlow.ID;
	}
}
