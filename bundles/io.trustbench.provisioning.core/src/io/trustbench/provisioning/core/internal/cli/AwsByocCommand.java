package io.trustbench.provisioning.core.internal.cli;

import java.util.Map;

import io.trustbench.cli.CommandContext;
import io.trustbench.provisioning.core.byoc.ByocFlow;
import io.trustbench.provisioning.core.byoc.PkiSignerAuthority;
import io.trustbench.provisioning.core.flow.Flow;
import io.trustbench.secureelement.core.DeviceManager;

/** {@code aws byoc}: registers the signer CA with the verification certificate. */
public final class AwsByocCommand extends FlowCommand {

	@Override
	protected Flow flow(CommandContext context, DeviceManager devices, Map<String, String> options) {
		String root = context.args().option("--root");
		String signer = context.args().option("--signer");
		return new ByocFlow(new PkiSignerAuthority(context.workspace(), devices, root, signer));
	}
}
