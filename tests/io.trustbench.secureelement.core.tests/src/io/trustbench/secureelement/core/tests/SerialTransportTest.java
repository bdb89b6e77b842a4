package io.trustbench.secureelement.core.tests;

import io.trustbench.testing.SocatPair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trustbench.secureelement.core.DeviceDescriptor;
import io.trustbench.secureelement.core.DeviceInfo;
import io.trustbench.secureelement.core.DeviceManager;
import io.trustbench.secureelement.core.SecureElement;
import io.trustbench.secureelement.core.SecureElementException;
import io.trustbench.secureelement.core.atca.KitSecureElement;
import io.trustbench.secureelement.core.internal.emulator.EmulatedKit;
import io.trustbench.secureelement.core.internal.emulator.EmulatedKits;
import io.trustbench.secureelement.core.internal.emulator.KitLineServer;
import io.trustbench.secureelement.core.internal.transport.EmulatorKitTransport;
import io.trustbench.secureelement.core.internal.transport.SerialKitTransport;
import io.trustbench.secureelement.core.kit.KitClient;
import io.trustbench.secureelement.core.kit.KitConnection;
import io.trustbench.secureelement.core.kit.KitEndpoint;
import io.trustbench.secureelement.core.kit.KitTimeoutException;
import io.trustbench.secureelement.core.kit.TransportContext;

/**
 * The emulated thing served on one end of a socat pseudo-terminal pair, driven through the real
 * jSerialComm transport on the other end. Skipped when socat is not installed.
 */
class SerialTransportTest {

	@TempDir
	Path dir;

	@AfterEach
	void cleanUp() {
		System.clearProperty(SerialKitTransport.PORTS_PROPERTY);
		EmulatedKits.forgetAll();
	}

	@Test
	void thingOverAPseudoTerminal() throws Exception {
		assumeTrue(SocatPair.available(), "socat is not installed");
		Path workspace = dir.resolve("ws");
		DeviceManager emulated = DeviceManager.forWorkspace(workspace);
		EmulatedKit thing = new EmulatorKitTransport().kit(emulated.context(), "emu-thing");
		try (SocatPair pair = new SocatPair(dir);
				KitLineServer server = new KitLineServer(thing, new FileInputStream(pair.kitEnd.toFile()),
						new FileOutputStream(pair.kitEnd.toFile())).start()) {
			String hostPort = pair.hostEnd.toRealPath().toString();
			System.setProperty(SerialKitTransport.PORTS_PROPERTY, hostPort);
			DeviceManager devices = DeviceManager.forWorkspace(workspace);
			DeviceDescriptor serial = devices.scan(null).stream().filter(d -> d.transport().equals("serial"))
					.filter(d -> d.location().equals(hostPort)).findFirst().orElseThrow();
			long start = System.nanoTime();
			DeviceInfo info = devices.info(serial.id(), null);
			long infoMillis = (System.nanoTime() - start) / 1_000_000;
			assertEquals("thing", devices.find(serial.id(), null).kind(), "kind learned from b:f(00)");
			assertEquals("1.1.9", info.firmware());
			assertTrue(info.locks().dataLocked());
			try (SecureElement local = emulated.open("emu-thing", null)) {
				assertEquals(local.info(null).serialHex(), info.serialHex(), "the same chip on both paths");
			}
			byte[] digest = MessageDigest.getInstance("SHA-256").digest("over the wire".getBytes());
			try (SecureElement chip = devices.open(serial.id(), null)) {
				byte[] key = chip.publicKey(0);
				start = System.nanoTime();
				byte[] signature = chip.sign(0, digest, null);
				long signMillis = (System.nanoTime() - start) / 1_000_000;
				assertTrue(JdkEc.verify(key, digest, signature));
				System.out.printf("serial over pty: info %d ms, sign %d ms%n", infoMillis, signMillis);
				SecureElementException refused = assertThrows(SecureElementException.class, () -> chip.readSlot(0, null));
				assertTrue(refused.getMessage().contains("private key"));
			}
		}
	}

	@Test
	void serveCommandAnswersUntilCancelled() throws Exception {
		assumeTrue(SocatPair.available(), "socat is not installed");
		Path workspace = dir.resolve("ws");
		org.eclipse.core.runtime.NullProgressMonitor monitor = new org.eclipse.core.runtime.NullProgressMonitor();
		try (SocatPair pair = new SocatPair(dir)) {
			java.util.concurrent.CompletableFuture<Cli.Result> serving = java.util.concurrent.CompletableFuture.supplyAsync(
					() -> Cli.runWithMonitor(workspace, new io.trustbench.secureelement.core.internal.cli.DeviceServeCommand(), "",
							monitor, "emu-root", "--port", pair.kitEnd.toString()));
			KitEndpoint endpoint = SerialKitTransport.endpointForPort(pair.hostEnd.toRealPath().toString());
			TransportContext context = new TransportContext(workspace, Duration.ofSeconds(5), false);
			try (KitClient client = new KitClient(new SerialKitTransport().open(endpoint, context, null),
					Duration.ofSeconds(5))) {
				assertEquals("AT88CKECCROOT", client.firmware().text());
				assertEquals(64, client.awsPublicKey(3).length);
			}
			monitor.setCanceled(true);
			Cli.Result result = serving.get(10, java.util.concurrent.TimeUnit.SECONDS);
			assertEquals(0, result.exit(), result.err());
			assertTrue(result.err().contains("serving emu-root"), result.err());
		}
	}

	@Test
	void silentPortTimesOutAndUnpluggedPortFailsQuickly() throws Exception {
		assumeTrue(SocatPair.available(), "socat is not installed");
		TransportContext context = new TransportContext(dir, Duration.ofMillis(500), false);
		SerialKitTransport transport = new SerialKitTransport();
		SocatPair pair = new SocatPair(dir);
		KitEndpoint endpoint = SerialKitTransport.endpointForPort(pair.hostEnd.toRealPath().toString());
		try (KitConnection connection = transport.open(endpoint, context, null)) {
			long start = System.nanoTime();
			assertThrows(KitTimeoutException.class, () -> connection.transact("b:f(00)", Duration.ofMillis(500)));
			long waited = (System.nanoTime() - start) / 1_000_000;
			assertTrue(waited >= 450 && waited < 5_000, "waited " + waited + " ms");

			KitSecureElement chip = new KitSecureElement(new DeviceDescriptor(endpoint.id(), "thing", "serial", "", ""),
					new KitClient(connection, Duration.ofMillis(500)));
			pair.close();
			start = System.nanoTime();
			SecureElementException e = assertThrows(SecureElementException.class, () -> chip.random(null));
			assertTrue((System.nanoTime() - start) / 1_000_000 < 5_000, "no hang after unplugging");
			assertTrue(e.getMessage().contains(endpoint.id()), e.getMessage());
		} finally {
			pair.close();
		}
	}
}
