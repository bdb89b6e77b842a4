package io.trustbench.secureelement.core.internal.transport;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import io.trustbench.core.TrafficLog;
import io.trustbench.secureelement.core.internal.emulator.EmulatedKit;
import io.trustbench.secureelement.core.internal.emulator.EmulatedKits;
import io.trustbench.secureelement.core.internal.emulator.EmulatedThingList;
import io.trustbench.secureelement.core.internal.emulator.KitStateStore;
import io.trustbench.secureelement.core.internal.registry.AwsHandlerRegistry;
import io.trustbench.secureelement.core.internal.registry.DeviceTypeRegistry;
import io.trustbench.secureelement.core.kit.KitConnection;
import io.trustbench.secureelement.core.kit.KitEndpoint;
import io.trustbench.secureelement.core.kit.KitTransport;
import io.trustbench.secureelement.core.kit.TransportContext;

/**
 * The emulated kits of the workspace: one per device type with an emulator profile (the seed's
 * Root, Signer and Thing), created and provisioned on first discovery, with device ids
 * {@code emu-root}, {@code emu-signer}, {@code emu-thing}; plus the fleet things
 * {@code emu-thing-001} … listed in the workspace ({@link #ensureThings}), which discovery lists
 * without opening them.
 */
public final class EmulatorKitTransport implements KitTransport {

	public static final String ID = "emulator";
	/** Device type of the fleet things. */
	static final String THING_TYPE = "thing";

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
		endpoints.addAll(fleetEndpoints(context));
		return endpoints;
	}

	/** The listed fleet things; a damaged list is logged and hides only them. */
	private List<KitEndpoint> fleetEndpoints(TransportContext context) {
		List<KitEndpoint> endpoints = new ArrayList<>();
		try {
			List<String> ids = EmulatedThingList.load(context.workspace());
			if (ids.isEmpty()) {
				return endpoints;
			}
			DeviceTypeRegistry.Entry thing = thingEntry();
			String kitName = thing.profile().get().kitName();
			for (String id : ids) {
				endpoints.add(new KitEndpoint(id, ID, kitName, KitStateStore.fileFor(context.workspace(), id).toString(),
						thing.type().vendorId(), thing.type().productId(), THING_TYPE));
			}
		} catch (IOException e) {
			TrafficLog.global().log(TrafficLog.Channel.ERROR, ID, e.getMessage());
		}
		return endpoints;
	}

	/**
	 * Makes sure the fleet things {@code emu-thing-001} … {@code count} exist (created and
	 * provisioned like {@code emu-thing}, with the fleet device-certificate template) and are listed.
	 *
	 * @return their ids, in order
	 */
	public List<String> ensureThings(TransportContext context, int count, IProgressMonitor monitor)
			throws IOException {
		DeviceTypeRegistry.Entry thing = thingEntry();
		return EmulatedThingFleet.ensure(context.workspace(), count, id -> fleetKit(context, id, thing), monitor);
	}

	/** Removes every fleet thing (state files and keys included). @return the ids removed */
	public List<String> removeThings(TransportContext context, IProgressMonitor monitor) throws IOException {
		return EmulatedThingFleet.removeAll(context.workspace(), monitor);
	}

	/** The listed fleet things. */
	public List<String> things(TransportContext context) throws IOException {
		return EmulatedThingList.load(context.workspace());
	}


	@Override
	public KitConnection open(KitEndpoint endpoint, TransportContext context, IProgressMonitor monitor)
			throws IOException {
		EmulatedKit kit = kit(context, endpoint.id());
		kit.setTiming(context.timing());
		return new InProcessKitConnection(endpoint, kit,
				"hid".equals(types().byId(kit.kind()).map(t -> t.transport()).orElse("")));
	}

	/** The running emulated kit with this device id (created on first use). */
	public EmulatedKit kit(TransportContext context, String deviceId) throws IOException {
		for (DeviceTypeRegistry.Entry entry : types().emulatable()) {
			if (deviceId(entry.type().id()).equals(deviceId)) {
				return kit(context, entry);
			}
		}
		if (EmulatedThingList.load(context.workspace()).contains(deviceId)) {
			return fleetKit(context, deviceId, thingEntry());
		}
		throw new IOException("no emulated kit '" + deviceId + "'");
	}

	private EmulatedKit kit(TransportContext context, DeviceTypeRegistry.Entry entry) throws IOException {
		String typeId = entry.type().id();
		return EmulatedKits.obtain(context.workspace(), deviceId(typeId), typeId, entry.profile().get(),
				handlers().forKind(typeId));
	}

	private EmulatedKit fleetKit(TransportContext context, String id, DeviceTypeRegistry.Entry thing)
			throws IOException {
		return EmulatedKits.obtain(context.workspace(), id, THING_TYPE, thing.profile().get(),
				handlers().forKind(THING_TYPE), EmulatedThingFleet.SETTINGS);
	}

	private DeviceTypeRegistry.Entry thingEntry() throws IOException {
		for (DeviceTypeRegistry.Entry entry : types().emulatable()) {
			if (entry.type().id().equals(THING_TYPE)) {
				return entry;
			}
		}
		throw new IOException("no emulator profile for device type '" + THING_TYPE + "'");
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
