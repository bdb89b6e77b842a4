package io.trustbench.secureelement.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;

import io.trustbench.core.TrafficLog;
import io.trustbench.secureelement.core.atca.KitSecureElement;
import io.trustbench.secureelement.core.internal.registry.DeviceTypeRegistry;
import io.trustbench.secureelement.core.internal.registry.TransportRegistry;
import io.trustbench.secureelement.core.internal.transport.EmulatorKitTransport;
import io.trustbench.secureelement.core.kit.KitClient;
import io.trustbench.secureelement.core.kit.KitConnection;
import io.trustbench.secureelement.core.kit.KitEndpoint;
import io.trustbench.secureelement.core.kit.KitReply;
import io.trustbench.secureelement.core.kit.KitTransport;
import io.trustbench.secureelement.core.kit.TransportContext;

/**
 * Entry point of the secure-element API: transports → kits → chips. {@link #scan} asks every
 * transport for kits (emulated Root, Signer and Thing kits always exist in the workspace, a fleet
 * of emulated things on request: {@link #ensureEmulatedThings}),
 * {@link #open} gives a {@link SecureElement} by device id. A failing transport (no hidapi, no
 * serial permission) does not hide the others: its problem is in {@link #lastScanStatus()}.
 *
 * <p>Typical use (PKI signing a TBS digest):
 * <pre>
 * DeviceManager devices = DeviceManager.forWorkspace(workspace);
 * try (SecureElement signer = devices.open("emu-signer", monitor)) {
 *     byte[] rs = signer.sign(3, tbsDigest, monitor);
 * }
 * </pre>
 */
public final class DeviceManager {

	public static final String BUNDLE_ID = "io.trustbench.secureelement.core";

	private final TransportContext context;
	private final TransportRegistry transports;
	private final DeviceTypeRegistry types;
	private final List<DeviceChangeListener> listeners = new CopyOnWriteArrayList<>();
	private final Map<String, Found> devices = new LinkedHashMap<>();
	private boolean scanned;
	private IStatus lastScanStatus = Status.OK_STATUS;

	private record Found(DeviceDescriptor descriptor, KitEndpoint endpoint, KitTransport transport) {
	}

	public DeviceManager(TransportContext context, TransportRegistry transports, DeviceTypeRegistry types) {
		this.context = context;
		this.transports = transports;
		this.types = types;
	}

	/** Contributed transports and device types, default timeout, no timing emulation. */
	public static DeviceManager forWorkspace(Path workspace) {
		return new DeviceManager(TransportContext.of(workspace), TransportRegistry.load(), DeviceTypeRegistry.load());
	}

	public static DeviceManager forContext(TransportContext context) {
		return new DeviceManager(context, TransportRegistry.load(), DeviceTypeRegistry.load());
	}

	public TransportContext context() {
		return context;
	}

	/** Transport ids and labels, in contribution order (the first level of the Device Explorer tree). */
	public List<TransportRegistry.Descriptor> transports() {
		return transports.all();
	}

	public List<DeviceType> deviceTypes() {
		return types.all();
	}

	public Optional<DeviceType> deviceType(String id) {
		return types.byId(id);
	}

	/** Asks every transport for kits; notifies listeners of kits that came or went. */
	public List<DeviceDescriptor> scan(IProgressMonitor monitor) {
		SubMonitor sub = SubMonitor.convert(monitor, "Looking for secure elements", transports.all().size());
		Map<String, Found> now = new LinkedHashMap<>();
		MultiStatus status = new MultiStatus(BUNDLE_ID, 0, "Some transports could not be scanned");
		for (TransportRegistry.Descriptor descriptor : transports.all()) {
			sub.subTask(descriptor.label());
			try {
				KitTransport transport = descriptor.transport();
				for (KitEndpoint endpoint : transport.discover(context, sub.split(1))) {
					DeviceDescriptor found = new DeviceDescriptor(endpoint.id(), kindOf(endpoint), descriptor.id(),
							endpoint.name(), endpoint.location());
					now.put(endpoint.id(), new Found(found, endpoint, transport));
				}
			} catch (Exception | LinkageError e) {
				String message = descriptor.label() + ": " + (e.getMessage() == null ? e.getClass().getSimpleName()
						: e.getMessage());
				status.add(new Status(IStatus.WARNING, BUNDLE_ID, message, e));
				TrafficLog.global().log(TrafficLog.Channel.ERROR, descriptor.id(), message);
			}
		}
		DeviceChangeListener.Event event;
		synchronized (this) {
			List<DeviceDescriptor> added = new ArrayList<>();
			List<DeviceDescriptor> removed = new ArrayList<>();
			now.forEach((id, f) -> {
				if (!devices.containsKey(id)) {
					added.add(f.descriptor());
				}
			});
			devices.forEach((id, f) -> {
				if (!now.containsKey(id)) {
					removed.add(f.descriptor());
				}
			});
			devices.clear();
			devices.putAll(now);
			scanned = true;
			lastScanStatus = status.isOK() ? Status.OK_STATUS : status;
			event = new DeviceChangeListener.Event(added, removed, currentDescriptors());
		}
		if (!event.added().isEmpty() || !event.removed().isEmpty()) {
			for (DeviceChangeListener listener : listeners) {
				listener.devicesChanged(event);
			}
		}
		return event.current();
	}

	/** Devices of the last scan (scanning once if there was none). */
	public List<DeviceDescriptor> devices(IProgressMonitor monitor) {
		synchronized (this) {
			if (scanned) {
				return currentDescriptors();
			}
		}
		return scan(monitor);
	}

	/** Devices found on one transport (second level of the Device Explorer tree). */
	public List<DeviceDescriptor> devices(String transportId, IProgressMonitor monitor) {
		return devices(monitor).stream().filter(d -> d.transport().equals(transportId)).toList();
	}

	public synchronized IStatus lastScanStatus() {
		return lastScanStatus;
	}

	/** The device with this id, or an exception naming the known ids. */
	public DeviceDescriptor find(String id, IProgressMonitor monitor) throws SecureElementException {
		return lookup(id, monitor).descriptor();
	}

	/** Opens the kit and its chip. Close the result (try-with-resources). */
	public SecureElement open(String id, IProgressMonitor monitor) throws SecureElementException {
		Found found = lookup(id, monitor);
		KitClient kit = connect(found, monitor);
		DeviceDescriptor descriptor = found.descriptor();
		if (DeviceType.UNKNOWN.equals(descriptor.kind())) {
			descriptor = learnKind(found, kit);
		}
		return new KitSecureElement(descriptor, kit);
	}

	/** A kit found without USB ids (a serial port given by name) tells its kind by its kit name. */
	private DeviceDescriptor learnKind(Found found, KitClient kit) throws SecureElementException {
		KitReply firmware;
		try {
			firmware = kit.firmware();
		} catch (SecureElementException e) {
			kit.close();
			throw e;
		}
		DeviceDescriptor d = found.descriptor();
		DeviceDescriptor learned = new DeviceDescriptor(d.id(), kindFromKitName(firmware), d.transport(),
				firmware.text().isEmpty() ? d.name() : firmware.text(), d.location());
		synchronized (this) {
			devices.put(d.id(), new Found(learned, found.endpoint(), found.transport()));
		}
		return learned;
	}

	/** Opens only the kit protocol (board and {@code aws:} commands). Close the result. */
	public KitClient openKit(String id, IProgressMonitor monitor) throws SecureElementException {
		return connect(lookup(id, monitor), monitor);
	}

	/** Opens, reads {@link DeviceInfo} and closes. Its kind is refined from the kit's own name. */
	public DeviceInfo info(String id, IProgressMonitor monitor) throws SecureElementException {
		try (SecureElement chip = open(id, monitor)) {
			return chip.info(monitor);
		}
	}

	/** Kind from the kit name {@code b:f(00)} answers, for kits found without USB ids. */
	public String kindFromKitName(KitReply firmware) {
		return types.byKitName(firmware.text()).map(DeviceType::id).orElse(DeviceType.UNKNOWN);
	}

	/**
	 * Makes sure the workspace holds {@code count} emulated fleet things besides {@code emu-thing}:
	 * {@code emu-thing-001} … {@code emu-thing-NNN} (three digits, stable across runs). Each is a full
	 * emulated ATECC508A thing kit like {@code emu-thing}: own state file, own private keys, a chip
	 * serial number no other kit of the workspace has, config and data locked. Missing ones are
	 * created and provisioned now; things already there are kept as they are, including those
	 * beyond {@code count}. The list is saved in the workspace, so {@link #scan} finds them after a
	 * restart (transport {@code emulator}, kind {@code thing}); a rescan at the end tells listeners.
	 *
	 * <p>Unlike {@code emu-thing} (the seed's ASI template, CN "Example ATECC508A Device"), their
	 * {@code aws:i}/{@code aws:ss}/{@code aws:g(03)} build the device certificate on the fleet
	 * template (PKI bundle {@code FleetCertificateDefinitions}, template ID 4): subject CN = "sn" +
	 * the 9-byte chip serial number as 18 upper-case hex digits, e.g. {@code sn0123A1B2C3D4E5F6EE}
	 * ({@code "sn" + info(id).serialHex()}). That CN is meant as the thing's AWS IoT thing name and
	 * MQTT client id: 20 characters, within the 32-byte thing-name field of slot 8 ({@code aws:sh}).
	 *
	 * @param count 0 to 999
	 * @return the ids of things 1 … {@code count}, in order
	 * @throws SecureElementException a kit could not be created or the list not saved (one line;
	 *                                the things made so far stay listed, a re-run completes the rest)
	 * @throws org.eclipse.core.runtime.OperationCanceledException when the monitor is cancelled (the
	 *                                things made so far stay listed)
	 */
	public List<String> ensureEmulatedThings(int count, IProgressMonitor monitor) throws SecureElementException {
		SubMonitor sub = SubMonitor.convert(monitor, "Emulated things", 10);
		List<String> ids;
		try {
			ids = emulator().ensureThings(context, count, sub.split(9));
		} catch (java.io.IOException e) {
			throw new SecureElementException("cannot create emulated things: " + e.getMessage(), e);
		} finally {
			scan(sub.newChild(1)); // also after a cancel: listeners hear of the things made
		}
		return ids;
	}

	/** The emulated fleet things listed in the workspace ({@code emu-thing-001} …), in order. */
	public List<String> emulatedThings() throws SecureElementException {
		try {
			return emulator().things(context);
		} catch (java.io.IOException e) {
			throw new SecureElementException(e.getMessage(), e);
		}
	}

	/**
	 * Removes every emulated fleet thing: unlisted first, then its state file deleted (its keys are
	 * gone for good; certificates registered for it stay wherever they were registered).
	 * {@code emu-thing} and the dongles are not touched. Listeners hear of the removal.
	 *
	 * @return the ids removed
	 */
	public List<String> removeEmulatedThings(IProgressMonitor monitor) throws SecureElementException {
		SubMonitor sub = SubMonitor.convert(monitor, "Removing emulated things", 10);
		try {
			return emulator().removeThings(context, sub.split(9));
		} catch (java.io.IOException e) {
			throw new SecureElementException("cannot remove emulated things: " + e.getMessage(), e);
		} finally {
			scan(sub.newChild(1)); // also after a cancel: listeners hear of the things made
		}
	}

	private EmulatorKitTransport emulator() throws SecureElementException {
		for (TransportRegistry.Descriptor descriptor : transports.all()) {
			if (EmulatorKitTransport.ID.equals(descriptor.id())
					&& descriptor.transport() instanceof EmulatorKitTransport emulator) {
				return emulator;
			}
		}
		throw new SecureElementException("the emulator transport is not installed");
	}

	public void addListener(DeviceChangeListener listener) {
		listeners.add(listener);
	}

	public void removeListener(DeviceChangeListener listener) {
		listeners.remove(listener);
	}

	private Found lookup(String id, IProgressMonitor monitor) throws SecureElementException {
		devices(monitor);
		synchronized (this) {
			if (devices.containsKey(id)) {
				return devices.get(id);
			}
		}
		// Plugged in since the last scan?
		scan(monitor);
		synchronized (this) {
			Found found = devices.get(id);
			if (found == null) {
				List<String> ids = new ArrayList<>(devices.keySet());
				throw new SecureElementException("no device '" + id + "'" + (ids.isEmpty() ? ""
						: "; known: " + String.join(", ", ids)));
			}
			return found;
		}
	}

	private KitClient connect(Found found, IProgressMonitor monitor) throws SecureElementException {
		try {
			KitConnection connection = found.transport().open(found.endpoint(), context, monitor);
			return new KitClient(connection, context.timeout());
		} catch (java.io.IOException e) {
			throw new SecureElementException(found.descriptor().id() + ": cannot open: " + e.getMessage(), e);
		}
	}

	private String kindOf(KitEndpoint endpoint) {
		if (endpoint.kindHint() != null && !endpoint.kindHint().equals(DeviceType.UNKNOWN)) {
			return endpoint.kindHint();
		}
		return types.byUsb(endpoint.vendorId(), endpoint.productId()).map(DeviceType::id).orElse(DeviceType.UNKNOWN);
	}

	private List<DeviceDescriptor> currentDescriptors() {
		return devices.values().stream().map(Found::descriptor).toList();
	}
}
