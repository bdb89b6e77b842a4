package io.trustbench.tlsclient.core.internal.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.paho.client.mqttv3.MqttException;

import com.google.gson.GsonBuilder;

import io.trustbench.cli.CliCommand;
import io.trustbench.cli.CommandContext;
import io.trustbench.cli.CommandException;
import io.trustbench.cli.UsageException;
import io.trustbench.secureelement.core.DeviceManager;
import io.trustbench.secureelement.core.SecureElement;
import io.trustbench.secureelement.core.SecureElementException;
import io.trustbench.tlsclient.core.HandshakeReport;
import io.trustbench.tlsclient.core.thing.ThingSimulator;

/**
 * {@code thing run ID [--count N] [--interval MS] [--follow SECONDS] [--ca FILE] [--attempts N]
 * [--record FILE.pcapng --keylog FILE]}: the simulated thing connects through the hardened
 * client (retrying while JITR activates it), reports its shadow, publishes N telemetry messages
 * and follows shadow deltas for the given time.
 */
public final class ThingRunCommand implements CliCommand {

	@Override
	public int run(CommandContext context) throws Exception {
		var args = context.args();
		int count = args.intOption("--count", 1);
		int interval = args.intOption("--interval", 1000);
		int follow = args.intOption("--follow", 0);
		int attempts = args.intOption("--attempts", ThingSimulator.Backoff.JITR.attempts());
		String ca = args.option("--ca");
		String record = args.option("--record");
		String keylog = args.option("--keylog");
		String id = args.positional(0, "thing device ID");
		args.expectAtMost(1);
		if (count < 0 || interval < 0 || attempts < 1) {
			throw new UsageException("--count and --interval must not be negative, --attempts at least 1");
		}
		if ((record == null) != (keylog == null)) {
			throw new UsageException("--record and --keylog go together");
		}
		Path caFile = ca != null ? Path.of(ca) : context.workspace().resolve("emulator").resolve("server-ca.pem");
		if (ca == null && !Files.isRegularFile(caFile)) {
			throw new UsageException("no --ca given and no emulator CA at " + caFile + " (start the emulator first)");
		}
		PrintStream out = context.out();
		boolean json = context.json();
		DeviceManager devices = DeviceManager.forWorkspace(context.workspace());
		try (SecureElement thing = devices.open(id, context.monitor());
				ThingSimulator sim = ThingSimulator.open(thing, Endpoints.certificates(caFile),
						line -> {
							if (!json) {
								out.println(line);
							}
						}, record != null, context.monitor())) {
			try {
				sim.connect(new ThingSimulator.Backoff(ThingSimulator.Backoff.JITR.first(), ThingSimulator.Backoff.JITR.max(),
						attempts), context.monitor());
				for (int i = 1; i <= count; i++) {
					sim.publishTelemetry("{\"seq\":" + i + ",\"thing\":\"" + sim.thingName() + "\"}");
					if (i < count) {
						Thread.sleep(interval);
					}
				}
				if (follow > 0) {
					if (!json) {
						out.println("following shadow deltas for " + follow + " s");
					}
					sim.awaitDeltas(Integer.MAX_VALUE, Duration.ofSeconds(follow), context.monitor());
				}
			} catch (MqttException e) {
				throw new CommandException(sim.thingName() + " could not connect after " + sim.attempts()
						+ " attempts: " + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()), e);
			}
			sim.close();
			if (record != null && !sim.writeRecording(Path.of(record), Path.of(keylog))) {
				throw new CommandException("no connection was recorded");
			}
			summary(context, sim, record, keylog);
		} catch (SecureElementException e) {
			throw new CommandException(e.getMessage(), e);
		}
		return 0;
	}

	private static void summary(CommandContext context, ThingSimulator sim, String record, String keylog) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("thingName", sim.thingName());
		json.put("endpoint", sim.userData().host());
		json.put("attempts", sim.attempts());
		json.put("handshakes", sim.handshakes().stream().map(ThingRunCommand::handshake).toList());
		json.put("deltasHandled", sim.deltasHandled());
		json.put("reportsAccepted", sim.reportsAccepted());
		json.put("state", sim.state().snapshot());
		if (record != null) {
			json.put("pcapng", record);
			json.put("keylog", keylog);
		}
		if (context.json()) {
			context.out().println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json));
		} else {
			context.out().println(sim.thingName() + ": " + sim.attempts() + " connection attempt(s), "
					+ sim.deltasHandled() + " delta(s) handled, " + sim.reportsAccepted() + " shadow report(s) accepted");
			context.out().println("state " + sim.state().snapshot());
		}
	}

	private static Map<String, Object> handshake(HandshakeReport r) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("version", r.version().label());
		m.put("cipherSuite", r.cipherSuite());
		m.put("deviceCommands", r.deviceCommands());
		return m;
	}
}
