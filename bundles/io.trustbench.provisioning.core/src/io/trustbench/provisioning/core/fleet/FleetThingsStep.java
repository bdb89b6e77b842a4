package io.trustbench.provisioning.core.fleet;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

import io.trustbench.provisioning.core.flow.FlowContext;
import io.trustbench.provisioning.core.flow.FlowStep;

/**
 * The things of the run: the devices the user listed, or that many emulated fleet things (each a
 * full ATECC508A thing kit whose certificate CN is "sn" + its serial number, so every thing gets
 * its own name), created in the workspace when missing.
 */
final class FleetThingsStep implements FlowStep {

	@Override
	public String id() {
		return "things";
	}

	@Override
	public String label() {
		return "Things of the fleet";
	}

	@Override
	public String explanation() {
		return "Each thing needs its own identity: emulated fleet things are ATECC508A thing kits whose device "
				+ "certificate's CN is \"sn\" followed by the chip's serial number, as on Microchip's newer templates; "
				+ "the seed's template gives every thing the same CN, so the cloud could not tell them apart.";
	}

	@Override
	public void run(FlowContext context, IProgressMonitor monitor) throws Exception {
		List<String> things;
		String listed = context.options().get(FleetFlow.THINGS, "").trim();
		if (!listed.isEmpty()) {
			things = Arrays.stream(listed.split(",")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
		} else {
			int count = FleetFlow.count(context);
			things = context.devices().ensureEmulatedThings(count, monitor);
			context.log(count + " emulated fleet things ready");
		}
		context.state().put(FleetFlow.THINGS, String.join(",", things));
		context.log("things: " + (things.size() <= 6 ? String.join(", ", things)
				: String.join(", ", things.subList(0, 3)) + " … " + things.get(things.size() - 1)));
	}

	@Override
	public boolean stillValid(FlowContext context, IProgressMonitor monitor) {
		return false; // cheap, and the count may have changed
	}
}
