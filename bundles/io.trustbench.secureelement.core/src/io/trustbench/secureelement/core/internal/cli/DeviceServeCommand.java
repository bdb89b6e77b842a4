package io.trustbench.secureelement.core.internal.cli;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import io.trustbench.cli.CommandContext;
import io.trustbench.cli.CommandException;
import io.trustbench.secureelement.core.DeviceManager;
import io.trustbench.secureelement.core.internal.emulator.EmulatedKit;
import io.trustbench.secureelement.core.internal.emulator.KitLineServer;
import io.trustbench.secureelement.core.internal.transport.EmulatorKitTransport;

/**
 * {@code device serve ID --port PATH}: serves an emulated kit on a serial device or one end of a
 * pseudo-terminal pair ({@code socat -d -d pty,raw,echo=0,link=/tmp/kit pty,raw,echo=0,link=/tmp/host}),
 * until Ctrl-C; the other end is then a kit for {@code -Dtrustbench.serial.ports=/tmp/host}.
 */
public final class DeviceServeCommand extends DeviceCommand {

	@Override
	int execute(CommandContext context, DeviceManager devices) throws Exception {
		Path port = Paths.get(context.args().requiredOption("--port"));
		String id = context.args().positional(0, "emulated device ID");
		context.args().expectAtMost(1);
		if (!Files.exists(port)) {
			throw new CommandException("no such port " + port);
		}
		EmulatedKit kit = new EmulatorKitTransport().kit(devices.context(), id);
		try (KitLineServer server = new KitLineServer(kit, new FileInputStream(port.toFile()),
				new FileOutputStream(port.toFile())).start()) {
			context.err().println("serving " + id + " on " + port + " (Ctrl-C to stop)");
			// Poll the cancel flag (Ctrl-C) while the server thread runs.
			while (server.isAlive() && !context.monitor().isCanceled()) {
				synchronized (server) {
					server.wait(200);
				}
			}
		}
		return 0;
	}
}
