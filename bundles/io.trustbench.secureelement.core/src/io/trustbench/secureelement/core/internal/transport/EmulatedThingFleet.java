package io.trustbench.secureelement.core.internal.transport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import io.trustbench.secureelement.core.internal.emulator.EmulatedKit;
import io.trustbench.secureelement.core.internal.emulator.EmulatedKits;
import io.trustbench.secureelement.core.internal.emulator.EmulatedThingList;
import io.trustbench.secureelement.core.kit.AwsKitContext;

/**
 * Creates and removes the emulated fleet things of a workspace: ATECC508A thing kits like
 * {@code emu-thing} (same profile, own state file and chip serial number) whose device certificate
 * is the fleet template, CN = "sn" + chip serial (the kit setting
 * {@link AwsKitContext#DEVICE_CERTIFICATE_DEFINITION}).
 */
final class EmulatedThingFleet {

	/** Name of the PKI bundle's fleet device definition (KnownCertificateDefinitions.FLEET_DEVICE). */
	static final String FLEET_DEVICE_DEFINITION = "fleet-device";
	static final Map<String, String> SETTINGS = Map.of(AwsKitContext.DEVICE_CERTIFICATE_DEFINITION,
			FLEET_DEVICE_DEFINITION);

	/** Makes one thing kit (created and provisioned if its state file is missing). */
	interface KitMaker {
		EmulatedKit make(String id) throws IOException;
	}

	private EmulatedThingFleet() {
	}

	/**
	 * Creates the missing things 1..count and lists them; things beyond count stay. The list is
	 * saved also when creation fails or is cancelled, so the kits made so far are kept.
	 */
	static synchronized List<String> ensure(Path workspace, int count, KitMaker maker, IProgressMonitor monitor)
			throws IOException {
		if (count < 0 || count > EmulatedThingList.MAX_THINGS) {
			throw new IllegalArgumentException("the number of emulated things must be 0 to "
					+ EmulatedThingList.MAX_THINGS + ", not " + count);
		}
		TreeSet<String> listed = new TreeSet<>(EmulatedThingList.load(workspace));
		List<String> wanted = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			wanted.add(EmulatedThingList.id(i));
		}
		List<String> missing = wanted.stream().filter(id -> !listed.contains(id)).toList();
		SubMonitor sub = SubMonitor.convert(monitor, "Creating " + missing.size() + " emulated things", missing.size());
		try {
			for (String id : missing) {
				if (sub.isCanceled()) {
					throw new OperationCanceledException();
				}
				sub.subTask(id);
				maker.make(id);
				listed.add(id);
				sub.worked(1);
			}
		} finally {
			if (!missing.isEmpty()) {
				EmulatedThingList.save(workspace, new ArrayList<>(listed));
			}
		}
		return wanted;
	}

	/** Unlists every fleet thing, then deletes its state file (keys included). */
	static synchronized List<String> removeAll(Path workspace, IProgressMonitor monitor) throws IOException {
		List<String> listed = EmulatedThingList.load(workspace);
		SubMonitor sub = SubMonitor.convert(monitor, "Removing " + listed.size() + " emulated things", listed.size());
		EmulatedThingList.save(workspace, List.of());
		for (String id : listed) {
			EmulatedKits.delete(workspace, id);
			sub.worked(1);
		}
		return listed;
	}
}
