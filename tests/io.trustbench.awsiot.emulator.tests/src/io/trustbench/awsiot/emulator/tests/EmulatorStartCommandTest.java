package io.trustbench.awsiot.emulator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.trustbench.awsiot.emulator.internal.cli.EmulatorStartCommand;
import io.trustbench.cli.Args;
import io.trustbench.cli.CommandContext;
import io.trustbench.cli.UsageException;
import software.amazon.awssdk.services.iot.IotClient;

/** {@code emulator start}: serves until cancelled (Ctrl-C), prints where, rejects bad ports. */
@Timeout(60)
class EmulatorStartCommandTest {

	@Test
	void runsUntilCancelledAndAnswersTheSdk() throws Exception {
		Path workspace = Files.createTempDirectory("tb-ws");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		NullProgressMonitor monitor = new NullProgressMonitor();
		CommandContext context = new CommandContext(new Args(List.of("--api-port", "0", "--mqtt-port", "0")), workspace,
				true, new PrintStream(out, true, StandardCharsets.UTF_8), System.err, null, monitor);
		CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> {
			try {
				return new EmulatorStartCommand().run(context);
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (out.size() == 0 && System.nanoTime() < end) {
			Thread.sleep(20);
		}
		JsonObject info = JsonParser.parseString(out.toString(StandardCharsets.UTF_8)).getAsJsonObject();
		assertEquals(workspace.resolve("emulator").toAbsolutePath().toString(), info.get("directory").getAsString());
		assertTrue(Files.exists(workspace.resolve("emulator/server-ca.pem")));
		int apiPort = Integer.parseInt(info.get("apiEndpoint").getAsString().replaceAll(".*:", ""));
		try (IotClient iot = EmulatorFixture.iotClient(apiPort)) {
			assertEquals(info.get("mqttEndpoint").getAsString(), iot.describeEndpoint(b -> {
			}).endpointAddress());
		}
		monitor.setCanceled(true);
		assertEquals(0, run.get(10, TimeUnit.SECONDS));
	}

	@Test
	void rejectsBadPorts() {
		CommandContext context = new CommandContext(new Args(List.of("--api-port", "70000")), Path.of("."), false,
				System.out, System.err, null, new NullProgressMonitor());
		assertThrows(UsageException.class, () -> new EmulatorStartCommand().run(context));
	}
}
