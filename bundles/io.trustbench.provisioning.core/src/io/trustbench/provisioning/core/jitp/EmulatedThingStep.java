package io.trustbench.provisioning.core.jitp;

import org.eclipse.core.runtime.IProgressMonitor;

import io.trustbench.provisioning.core.flow.FlowContext;
import io.trustbench.provisioning.core.flow.FlowStep;
import io.trustbench.provisioning.core.thing.ThingOptions;

/**
 * JITP names the thing after its certificate's CN, so with no thing chosen the flow uses the first
 * emulated fleet thing (CN = "sn" + chip serial number), created in the workspace if needed.
 */
final class EmulatedThingStep implements FlowStep {

	static final String DEFAULT_THING = "emu-thing-001";

	@Override
	public String id() {
		return "emulated-thing";
	}

	@Override
	public String label() {
		return "Emulated fleet thing";
	}

	@Override
	public String explanation() {
		return "The seed's thing template gives every certificate the CN \"Example ATECC508A Device\", which is not a "
				+ "valid thing name. Fleet things use Microchip's newer layout: CN = \"sn\" + the chip's serial number.";
	}

	@Override
	public void run(FlowContext context, IProgressMonitor monitor) throws Exception {
		int listed = context.devices().emulatedThings().size();
		context.devices().ensureEmulatedThings(Math.max(1, listed), monitor);
		context.state().put(ThingOptions.THING, DEFAULT_THING);
		context.log(DEFAULT_THING + " ready");
	}

	@Override
	public boolean stillValid(FlowContext context, IProgressMonitor monitor) throws Exception {
		return context.devices().emulatedThings().contains(DEFAULT_THING)
				&& context.state().get(ThingOptions.THING).isPresent();
	}
}
