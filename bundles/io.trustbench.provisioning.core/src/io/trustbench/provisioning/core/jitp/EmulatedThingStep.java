package io.trustbench.provisioning.core.jitp;

import org.eclipse.core.runtime.IProgressMonitor;

import io.trustbench.provisioning.core.flow.FlowContext;
import io.trustbench.provisioning.core.flow.FlowStep;
import io.trustbench.provisioning.core.thing.ThingOptions;

/**
 * JITP names the thing after its certificate's CN, so the flow uses an emulated fleet thing (CN =
 * "sn" + chip serial number) — the first one when none is chosen — created in the workspace if
 * it does not exist yet.
 */
final class EmulatedThingStep implements FlowStep {

	static final String DEFAULT_THING = "emu-thing-001";
	private static final java.util.regex.Pattern FLEET_ID = java.util.regex.Pattern.compile("emu-thing-(\\d{3})");

	private final String thing;

	EmulatedThingStep(String thing) {
		this.thing = thing;
	}

	static boolean isFleetThing(String deviceId) {
		return FLEET_ID.matcher(deviceId).matches();
	}

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
		java.util.regex.Matcher number = FLEET_ID.matcher(thing);
		if (!number.matches()) {
			throw new IllegalArgumentException(thing + " is not an emulated fleet thing");
		}
		int listed = context.devices().emulatedThings().size();
		context.devices().ensureEmulatedThings(Math.max(Integer.parseInt(number.group(1)), listed), monitor);
		context.state().put(ThingOptions.THING, thing);
		context.log(thing + " ready");
	}

	@Override
	public boolean stillValid(FlowContext context, IProgressMonitor monitor) throws Exception {
		return context.devices().emulatedThings().contains(thing)
				&& thing.equals(context.state().get(ThingOptions.THING).orElse(""));
	}
}
