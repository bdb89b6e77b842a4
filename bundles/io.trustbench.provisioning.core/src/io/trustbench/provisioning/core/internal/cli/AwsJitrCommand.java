package io.trustbench.provisioning.core.internal.cli;

import java.util.Map;

import io.trustbench.cli.CommandContext;
import io.trustbench.provisioning.core.byoc.PkiSignerAuthority;
import io.trustbench.provisioning.core.flow.Flow;
import io.trustbench.provisioning.core.jitr.JitrFlow;
import io.trustbench.provisioning.core.jitr.ThingConnectors;
import io.trustbench.secureelement.core.DeviceManager;

/**
 * {@code aws jitr}: prepares a thing and registers it just in time. The Wi-Fi password is read
 * from the environment ({@code TRUSTBENCH_WIFI_PASSWORD}), never from the command line (shell
 * history) or a file, and goes only into the thing.
 */
public final class AwsJitrCommand extends FlowCommand {

	@Override
	protected Flow flow(CommandContext context, DeviceManager devices, Map<String, String> options) {
		put(options, "thing", context.args().option("--thing"));
		put(options, "signer", context.args().option("--signer"));
		put(options, "thingName", context.args().option("--thing-name"));
		put(options, "wifiSsid", context.args().option("--wifi-ssid"));
		put(options, "wifiPassword", System.getenv("TRUSTBENCH_WIFI_PASSWORD"));
		if (context.args().flag("--setup-only")) {
			options.put("setupOnly", "true");
		}
		String root = context.args().option("--root");
		return new JitrFlow(new PkiSignerAuthority(context.workspace(), devices, root, options.get("signer")),
				ThingConnectors.find().orElse(null));
	}

	private static void put(Map<String, String> options, String key, String value) {
		if (value != null) {
			options.put(key, value);
		}
	}
}
