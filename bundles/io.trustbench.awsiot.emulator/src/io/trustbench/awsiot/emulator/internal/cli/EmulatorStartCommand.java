package io.trustbench.awsiot.emulator.internal.cli;

import java.net.BindException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;

import io.trustbench.awsiot.emulator.EmulatorOptions;
import io.trustbench.awsiot.emulator.IotEmulator;
import io.trustbench.cli.CliCommand;
import io.trustbench.cli.CommandContext;
import io.trustbench.cli.CommandException;
import io.trustbench.cli.UsageException;

/** {@code ./trustbench emulator start}: runs the local AWS IoT Core until Ctrl-C. */
public final class EmulatorStartCommand implements CliCommand {

	@Override
	public int run(CommandContext context) throws Exception {
		String dir = context.args().option("--dir");
		int apiPort = port(context.args().intOption("--api-port", EmulatorOptions.DEFAULT_API_PORT), "--api-port");
		int mqttPort = port(context.args().intOption("--mqtt-port", EmulatorOptions.DEFAULT_MQTT_PORT), "--mqtt-port");
		String host = context.args().option("--host", "127.0.0.1");
		String region = context.args().option("--region", "us-west-2");
		context.args().expectAtMost(0);
		Path directory = dir == null ? context.workspace().resolve("emulator") : Paths.get(dir).toAbsolutePath();
		IotEmulator emulator;
		try {
			emulator = IotEmulator.start(new EmulatorOptions(directory, host, apiPort, mqttPort, region));
		} catch (BindException e) {
			throw new CommandException("cannot listen on " + host + " port " + apiPort + " or " + mqttPort + ": "
					+ e.getMessage() + " (choose others with --api-port/--mqtt-port)", e);
		}
		try {
			report(context, emulator);
			while (!context.monitor().isCanceled()) {
				Thread.sleep(200);
			}
		} finally {
			emulator.close();
		}
		return 0;
	}

	private static void report(CommandContext context, IotEmulator emulator) {
		Map<String, Object> info = new LinkedHashMap<>();
		info.put("apiEndpoint", "http://" + hostOf(emulator) + ":" + emulator.apiPort());
		info.put("mqttEndpoint", emulator.endpointAddress());
		info.put("serverCa", emulator.serverCaFile().toString());
		info.put("directory", emulator.directory().toString());
		info.put("accountId", emulator.accountId());
		info.put("region", emulator.region());
		if (context.json()) {
			context.out().println(new com.google.gson.Gson().toJson(info));
		} else {
			info.forEach((k, v) -> context.out().printf("%-12s %s%n", k, v));
			context.out().println("AWS CLI: aws --endpoint-url " + info.get("apiEndpoint") + " iot …  (Ctrl-C stops)");
		}
		context.out().flush();
	}

	private static String hostOf(IotEmulator emulator) {
		String address = emulator.endpointAddress();
		int colon = address.lastIndexOf(':');
		return colon < 0 ? address : address.substring(0, colon);
	}

	private static int port(int value, String option) {
		if (value < 0 || value > 65535) {
			throw new UsageException(option + " must be a port number (0-65535)");
		}
		return value;
	}
}
