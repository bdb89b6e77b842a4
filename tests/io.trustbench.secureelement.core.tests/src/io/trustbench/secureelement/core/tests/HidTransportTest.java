package io.trustbench.secureelement.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trustbench.secureelement.core.DeviceDescriptor;
import io.trustbench.secureelement.core.DeviceInfo;
import io.trustbench.secureelement.core.DeviceManager;
import io.trustbench.secureelement.core.internal.transport.HidKitTransport;
import io.trustbench.secureelement.core.kit.KitEndpoint;
import io.trustbench.secureelement.core.kit.TransportContext;

/**
 * The hid4java transport: enumeration never fails the scan (no hardware: an empty list; no
 * hidapi: one clear IOException); with a Root or Signer dongle plugged in, it answers b:f(00)
 * with its kit name. The hardware part is skipped without a dongle.
 */
class HidTransportTest {

	@TempDir
	Path workspace;

	@Test
	void enumerationIsQuietWithoutHardware() {
		List<KitEndpoint> found;
		try {
			long start = System.nanoTime();
			found = new HidKitTransport().discover(TransportContext.of(workspace), null);
			assertTrue((System.nanoTime() - start) / 1_000_000 < 10_000, "enumeration is quick");
		} catch (IOException e) {
			assertTrue(e.getMessage().startsWith("USB HID is not available"), e.getMessage());
			System.out.println("hid: " + e.getMessage());
			return;
		}
		System.out.println("hid: " + found.size() + " dongle(s) attached");
		for (KitEndpoint endpoint : found) {
			assertTrue(endpoint.vendorId() == 0x04D8 && (endpoint.productId() == 0x0F30 || endpoint.productId() == 0x0F31)
					|| endpoint.vendorId() == 0x03EB && endpoint.productId() == 0x2312,
					"only the seed's dongles and CryptoAuth kits are listed: " + endpoint);
		}
	}

	@Test
	void realDonglesAnswerWithTheirKitName() throws Exception {
		DeviceManager devices = new DeviceManager(new TransportContext(workspace, Duration.ofSeconds(3), false),
				new io.trustbench.secureelement.core.internal.registry.TransportRegistry(List.of(
						new io.trustbench.secureelement.core.internal.registry.TransportRegistry.Descriptor("hid", "USB HID",
								HidKitTransport::new))),
				io.trustbench.secureelement.core.internal.registry.DeviceTypeRegistry.load());
		List<DeviceDescriptor> dongles = devices.scan(null);
		assumeTrue(!dongles.isEmpty(), "no Root/Signer dongle plugged in");
		for (DeviceDescriptor dongle : dongles) {
			DeviceInfo info = devices.info(dongle.id(), null);
			assertEquals(9, info.serial().length);
			assertTrue(dongle.kind().endsWith("-dongle") || dongle.kind().equals("cryptoauth-kit"));
		}
	}
}
