package io.trustbench.secureelement.ui.internal.explorer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;

import io.trustbench.secureelement.core.DeviceChangeListener;
import io.trustbench.secureelement.core.DeviceDescriptor;
import io.trustbench.secureelement.core.DeviceManager;
import io.trustbench.secureelement.core.internal.registry.TransportRegistry;

/**
 * The explorer's view of one workspace's devices: the kits found by the last scan and what each
 * chip has told us. Device and scan work happens in jobs ({@link ScanJob}, {@link ReadDeviceJob});
 * the tree only reads this model and is told which node changed.
 */
public final class ExplorerModel {

	/** Family of every job the explorer and its operations run; tests and shutdown wait on it. */
	public static final Object JOB_FAMILY = ExplorerModel.class.getName();

	private final DeviceManager devices;
	private final Path workspace;
	private final List<TransportNode> transports = new ArrayList<>();
	private final Map<String, DeviceState> states = new ConcurrentHashMap<>();
	private final List<Consumer<ExplorerNode>> listeners = new CopyOnWriteArrayList<>();
	private final DeviceChangeListener deviceListener = event -> found(event.current());
	private volatile List<DeviceDescriptor> found = List.of();
	private volatile boolean scanned;

	public ExplorerModel(DeviceManager devices, Path workspace) {
		this.devices = devices;
		this.workspace = workspace;
		for (TransportRegistry.Descriptor transport : devices.transports()) {
			transports.add(new TransportNode(this, transport.id(), transport.label()));
		}
		devices.addListener(deviceListener);
	}

	public DeviceManager devices() {
		return devices;
	}

	public Path workspace() {
		return workspace;
	}

	public List<TransportNode> transports() {
		return List.copyOf(transports);
	}

	/** True once a scan has finished (before that the tree says "Looking for kits…"). */
	public boolean scanned() {
		return scanned;
	}

	public List<DeviceNode> devicesOn(TransportNode transport) {
		return found.stream().filter(d -> d.transport().equals(transport.id()))
				.map(d -> new DeviceNode(transport, d)).toList();
	}

	/** Every device node of the last scan. */
	public List<DeviceNode> allDevices() {
		List<DeviceNode> all = new ArrayList<>();
		transports.forEach(t -> all.addAll(devicesOn(t)));
		return all;
	}

	/** Ids of the kits of the last scan, for the plug/unplug watcher. */
	List<DeviceDescriptor> knownKits() {
		return found;
	}

	/** Why a transport could not be scanned last time, or null. */
	public String transportProblem(TransportNode transport) {
		IStatus status = devices.lastScanStatus();
		for (IStatus child : status.getChildren()) {
			if (child.getMessage().startsWith(transport.label() + ":")) {
				return child.getMessage().substring(transport.label().length() + 1).trim();
			}
		}
		return null;
	}

	public DeviceState state(String deviceId) {
		return states.getOrDefault(deviceId, DeviceState.NOT_READ);
	}

	/** Reads the chip of a device once (the tree asks when it first shows the device's children). */
	public void readIfNeeded(DeviceNode device) {
		if (states.putIfAbsent(device.id(), DeviceState.READING) == null) {
			new ReadDeviceJob(this, device).schedule();
		}
	}

	/** Reads the chip again (after GenKey or a lock changed it). */
	public Job reread(DeviceNode device) {
		states.put(device.id(), DeviceState.READING);
		changed(device);
		Job job = new ReadDeviceJob(this, device);
		job.schedule();
		return job;
	}

	/** Scans every transport again and forgets what the chips told us, so expanded devices are read anew. */
	public Job rescan() {
		states.clear();
		Job job = new ScanJob(this);
		job.schedule();
		return job;
	}

	void stateRead(DeviceNode device, DeviceState state) {
		states.put(device.id(), state);
		changed(device);
	}

	void scanned(List<DeviceDescriptor> current) {
		scanned = true;
		found(current);
	}

	/** New kits are read at once, so their rows show serial, revision and locks without being expanded. */
	private void found(List<DeviceDescriptor> current) {
		found = List.copyOf(current);
		states.keySet().retainAll(current.stream().map(DeviceDescriptor::id).toList());
		changed(null);
		allDevices().forEach(this::readIfNeeded);
	}

	/** Told which node changed (null: the whole tree), on any thread. */
	public void addListener(Consumer<ExplorerNode> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<ExplorerNode> listener) {
		listeners.remove(listener);
	}

	private void changed(ExplorerNode node) {
		for (Consumer<ExplorerNode> listener : listeners) {
			listener.accept(node);
		}
	}

	public void dispose() {
		devices.removeListener(deviceListener);
		listeners.clear();
	}
}
