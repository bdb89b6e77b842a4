package io.trustbench.provisioning.ui.tests;

import java.util.List;

import io.trustbench.provisioning.core.flow.Flow;
import io.trustbench.provisioning.core.flow.FlowContext;
import io.trustbench.provisioning.core.flow.FlowEnvironment;
import io.trustbench.provisioning.core.flow.FlowFactory;
import io.trustbench.provisioning.core.flow.FlowInput;
import io.trustbench.provisioning.ui.tests.TestFlows.TestFlow;
import io.trustbench.provisioning.ui.tests.TestFlows.TestStep;

/**
 * A vendor's flow, contributed by this bundle's plugin.xml: one input of every kind, a step that
 * talks to the chosen kit (its traffic reaches the Console) and a step that records the options.
 * It never touches AWS, and it records only the length of the secret.
 */
public final class AcmeFlowFactory implements FlowFactory {

	static final String ID = "acme-test";

	@Override
	public Flow create(FlowEnvironment environment) {
		return new TestFlow(ID, "ACME test onboarding",
				"Labels an ACME device: reads the serial number of its ATECC508A and prints the batch labels.",
				List.of(FlowInput.device("thing", "Thing", "thing", "emu-thing", "The kit to label."),
						FlowInput.text("batch", "Batch", "lot-1", "Production batch printed on the label."),
						FlowInput.secret("pin", "Provisioning PIN", "Checked by the ACME back end; never saved."),
						FlowInput.number("count", "Labels", 2, "How many labels to print."),
						FlowInput.flag("dryRun", "Dry run", "Only check the kit.")),
				List.of(readSerial(), new TestStep("label", "Print the labels",
						"The batch and the serial number go on each label; the PIN goes to the back end only.",
						AcmeFlowFactory::label)));
	}

	/** Reads the chosen kit's serial number through the SecureElement API. */
	static TestStep readSerial() {
		return new TestStep("serial", "Read the kit's serial number",
				"The ATECC508A's nine-byte serial number identifies the device on the label.", (context, monitor) -> {
					String thing = context.options().get("thing", "emu-thing");
					String serial = context.devices().info(thing, monitor).serialHex();
					context.state().put("thingSerial", serial);
					context.log("serial number of " + thing + ": " + serial);
				});
	}

	/** Records what the labels would carry; of the PIN only its length. */
	private static void label(FlowContext context, org.eclipse.core.runtime.IProgressMonitor monitor) throws Exception {
		context.state().put("batch", context.options().get("batch", "lot-1"));
		context.state().put("count", context.options().get("count", "2"));
		context.state().put("dryRun", context.options().get("dryRun", "false"));
		context.state().put("pinLength", Integer.toString(context.options().get("pin", "").length()));
		context.log("labels for batch " + context.options().get("batch", "lot-1"));
	}
}
