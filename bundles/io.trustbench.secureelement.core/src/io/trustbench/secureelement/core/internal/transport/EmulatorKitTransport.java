package io.trustbench.secureelement.core.internal.transport;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import io.trustbench.core.TrafficLog;
import io.trustbench.secureelement.core.internal.emulator.EmulatedKit;
import io.trustbench.secureelement.core.internal.emulator.EmulatedKits;
import io.trustbench.secureelement.core.internal.emulator.KitStateStore;
import io.trustbench.secureelement.core.internal.registry.AwsHandlerRegistry;
import io.trustbench.secureelement.core.internal.registry.DeviceTypeRegistry;
import io.trustbench.secureelement.core.kit.KitConnection;
import io.trustbench.secureelement.core.kit.KitEndpoint;
import io.trustbench.secureelement.core.kit.KitTransport;
import io.trustbench.secureelement.core.kit.TransportContext;

/**
 * The emulated kits of the workspace: one per device type with an emulator profile (the seed's
 * Root, Signer and Thing), created and provisioned on first discovery. Device ids are
 * {@code emu-root}, {@code emu-signer}, {@code emu-thing}.
 */
public final class EmulatorKitTransport implements KitTransport {

	public static final String ID = "emulator";

	private DeviceTypeRegistry types;
	private AwsHandlerRegistry handlers;

	@Override
	public String id() {
		return ID;
	}

	/** {@code root-dongle} → {@code emu-root}. */
	public static String deviceId(String typeId) {
		return "emu-" + typeId.replace("-dongle", "");
	}

	@Override
	public List<KitEndpoint> discover(TransportContext context, IProgressMonitor monitor) throws IOException {
		List<DeviceTypeRegistry.Entry> entries = types().emulatable();
		SubMonitor sub = SubMonitor.convert(monitor, "Starting emulated kits", entries.size());
		List<KitEndpoint> endpoints = new ArrayList<>();
		for (DeviceTypeRegistry.Entry entry : entries) {
			String id = deviceId(entry.type().id());
			try {
				kit(context, entry);
			} catch (IOException e) {
				// Still listed: opening it then reports the problem (e.g. a damaged state file) on its row.
				TrafficLog.global().log(TrafficLog.Channel.ERROR, id, e.getMessage());
			}
			endpoints.add(new KitEndpoint(id, ID, entry.profile().get().kitName(),
					KitStateStore.fileFor(context.workspace(), id).toString(), entry.type().vendorId(),
					entry.type().productId(), entry.type().id()));
			sub.worked(1);
		}
		return endpoints;
	}

	@Override
	public KitConnection open(KitEndpoint endpoint, TransportContext context, IProgressMonitor monitor)
			throws IOException {
		for (DeviceTypeRegistry.Entry entry : types().emulatable()) {
			if (deviceId(entry.type().id()).equals(endpoint.id())) {
				EmulatedKit kit = kit(context, entry);
				kit.setTiming(context.timing());
				return new InProcessKitConnection(endpoint, kit, "hid".equals(entry.type().transport()));
			}
		}
		throw new IOException("no emulated kit '" + endpoint.id() + "'");
	}

	/** The running emulated kit with this device id (created on first use). */
	public EmulatedKit kit(TransportContext context, String deviceId) throws IOException {
		for (DeviceTypeRegistry.Entry entry : types().emulatable()) {
			if (deviceId(entry.type().id()).equals(deviceId)) {
				return kit(context, entry);
			}
		}
		throw new IOException("no emulated kit '" + deviceId + "'");
	}

	private EmulatedKit kit(TransportContext context, DeviceTypeRegistry.Entry entry) throws IOException {
		String typeId = entry.type().id();
		return EmulatedKits.obtain(context.workspace(), deviceId(typeId), typeId, entry.profile().get(),
				handlers().forKind(typeId));
	}

	private synchronized DeviceTypeRegistry types() {
		if (types == null) {
			types = DeviceTypeRegistry.load();
		}
		return types;
	}

	private synchronized AwsHandlerRegistry handlers() {
		if (handlers == null) {
			handlers = AwsHandlerRegistry.load();
		}
		return handlers;
	}
}
