package io.trustbench.secureelement.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trustbench.secureelement.core.DeviceChangeListener;
import io.trustbench.secureelement.core.DeviceManager;
import io.trustbench.secureelement.core.SecureElementException;
import io.trustbench.secureelement.core.internal.registry.DeviceTypeRegistry;
import io.trustbench.secureelement.core.internal.registry.TransportRegistry;
import io.trustbench.secureelement.core.kit.KitConnection;
import io.trustbench.secureelement.core.kit.KitEndpoint;
import io.trustbench.secureelement.core.kit.KitTransport;
import io.trustbench.secureelement.core.kit.TransportContext;

/** Scans, plug/unplug events and isolation of a broken transport. */
class DeviceManagerTest {

	@TempDir
	Path workspace;

	/** A transport whose kits come and go as the test says. */
	private static final class FakeTransport implements KitTransport {
		final List<KitEndpoint> plugged = new ArrayList<>();

		@Override
		public String id() {
			return "fake";
		}

		@Override
		public List<KitEndpoint> discover(TransportContext context, IProgressMonitor monitor) {
			synchronized (plugged) {
				return List.copyOf(plugged);
			}
		}

		@Override
		public KitConnection open(KitEndpoint endpoint, TransportContext context, IProgressMonitor monitor)
				throws IOException {
			throw new IOException("no such hardware");
		}
	}

	@Test
	void watcherRescansUntilStopped() throws Exception {
		FakeTransport fake = new FakeTransport();
		DeviceManager devices = new DeviceManager(TransportContext.of(workspace),
				new TransportRegistry(List.of(new TransportRegistry.Descriptor("fake", "Fake", () -> fake))),
				DeviceTypeRegistry.load());
		java.util.concurrent.CompletableFuture<DeviceChangeListener.Event> plugged = new java.util.concurrent.CompletableFuture<>();
		devices.addListener(event -> {
			if (!event.added().isEmpty()) {
				plugged.complete(event);
			}
		});
		devices.scan(null);
		io.trustbench.secureelement.core.DeviceWatcher watcher = new io.trustbench.secureelement.core.DeviceWatcher(devices,
				java.time.Duration.ofMillis(50));
		watcher.schedule();
		try {
			synchronized (fake.plugged) {
				fake.plugged.add(new KitEndpoint("fake:9", "fake", "Thing", "usb-9", 0x03EB, 0x2404, "unknown"));
			}
			DeviceChangeListener.Event event = plugged.get(20, java.util.concurrent.TimeUnit.SECONDS);
			assertEquals("thing", event.added().get(0).kind());
		} finally {
			watcher.stop();
			watcher.join(10_000, null);
		}
	}

	@Test
	void listenersHearPlugAndUnplugAndBadTransportsAreIsolated() throws Exception {
		FakeTransport fake = new FakeTransport();
		KitTransport broken = new KitTransport() {
			@Override
			public String id() {
				return "broken";
			}

			@Override
			public List<KitEndpoint> discover(TransportContext context, IProgressMonitor monitor) throws IOException {
				throw new IOException("hidapi missing");
			}

			@Override
			public KitConnection open(KitEndpoint endpoint, TransportContext context, IProgressMonitor monitor) {
				throw new IllegalStateException();
			}
		};
		DeviceManager devices = new DeviceManager(TransportContext.of(workspace),
				new TransportRegistry(List.of(new TransportRegistry.Descriptor("broken", "Broken", () -> broken),
						new TransportRegistry.Descriptor("fake", "Fake", () -> fake))),
				DeviceTypeRegistry.load());
		List<DeviceChangeListener.Event> events = new ArrayList<>();
		devices.addListener(events::add);

		assertTrue(devices.scan(null).isEmpty());
		assertEquals(IStatus.WARNING, devices.lastScanStatus().getSeverity());
		assertTrue(devices.lastScanStatus().getChildren()[0].getMessage().contains("hidapi missing"));
		assertTrue(events.isEmpty(), "nothing changed");

		fake.plugged.add(new KitEndpoint("fake:1", "fake", "Signer", "usb-1", 0x04D8, 0x0F31, "unknown"));
		devices.scan(null);
		assertEquals(1, events.size());
		assertEquals("fake:1", events.get(0).added().get(0).id());
		assertEquals("signer-dongle", events.get(0).added().get(0).kind(), "kind from the USB ids");

		fake.plugged.clear();
		devices.scan(null);
		assertEquals(2, events.size());
		assertEquals("fake:1", events.get(1).removed().get(0).id());
		assertTrue(events.get(1).current().isEmpty());

		fake.plugged.add(new KitEndpoint("fake:2", "fake", "Thing", "usb-2", -1, -1, "unknown"));
		devices.scan(null);
		SecureElementException e = assertThrows(SecureElementException.class, () -> devices.open("fake:2", null));
		assertTrue(e.getMessage().contains("no such hardware"), e.getMessage());
		SecureElementException missing = assertThrows(SecureElementException.class, () -> devices.open("fake:1", null));
		assertTrue(missing.getMessage().contains("known: fake:2"), missing.getMessage());
		assertFalse(devices.devices("fake", null).isEmpty());
		fake.plugged.add(new KitEndpoint("fake:3", "fake", "Root", "usb-3", 0x04D8, 0x0F30, "unknown"));
		SecureElementException late = assertThrows(SecureElementException.class, () -> devices.open("fake:3", null));
		assertTrue(late.getMessage().contains("no such hardware"), "found without an explicit rescan: " + late.getMessage());
	}
}
