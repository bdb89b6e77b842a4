package io.trustbench.provisioning.core.jitp;

import java.util.ArrayList;
import java.util.List;

import io.trustbench.provisioning.core.byoc.RegisteredCaStep;
import io.trustbench.provisioning.core.byoc.SignerAuthority;
import io.trustbench.provisioning.core.flow.FlowContext;
import io.trustbench.provisioning.core.flow.FlowInput;
import io.trustbench.provisioning.core.flow.FlowStep;
import io.trustbench.provisioning.core.thing.ConnectSteps;
import io.trustbench.provisioning.core.thing.PrepareThingStep;
import io.trustbench.provisioning.core.thing.ThingConnector;
import io.trustbench.provisioning.core.thing.ThingFlow;
import io.trustbench.provisioning.core.thing.ThingNames;
import io.trustbench.provisioning.core.thing.ThingOptions;

/**
 * Just-in-time provisioning (beyond the seed): the signer CA carries a provisioning template, so
 * AWS IoT itself creates the thing, attaches the policy and activates the certificate on the
 * thing's first connection. The thing name is the certificate's CN, so the thing's certificate
 * needs a CN that is a valid thing name (the emulated fleet things' "sn…" CNs are).
 */
public final class JitpFlow extends ThingFlow {

	public static final String ID = "jitp";

	public JitpFlow(SignerAuthority signer, ThingConnector connector) {
		super(ID, signer, connector);
	}

	@Override
	public String label() {
		return "Just-in-time provisioning of a thing (JITP)";
	}

	@Override
	public String description() {
		return "Like JITR, but AWS IoT does the activation itself: a provisioning template on the signer CA tells it "
				+ "to create a thing named after the certificate's common name, attach a least-privilege policy and "
				+ "activate the certificate when the thing first connects. No Lambda function, no topic rule.";
	}

	@Override
	public List<FlowInput> inputs() {
		return List.of(FlowInput.device(ThingOptions.THING, "Thing", "thing", EmulatedThingStep.DEFAULT_THING,
				"A thing whose certificate CN is a valid thing name (an emulated fleet thing: CN = sn + serial number)."),
				ThingOptions.signerInput(), ThingOptions.rootInput(), ThingOptions.wifiSsidInput(),
				ThingOptions.wifiPasswordInput(), ThingOptions.setupOnlyInput());
	}

	@Override
	public List<FlowStep> steps(FlowContext context) {
		List<FlowStep> steps = new ArrayList<>();
		String thing = context.options().get(ThingOptions.THING).orElse(EmulatedThingStep.DEFAULT_THING);
		if (EmulatedThingStep.isFleetThing(thing)) {
			steps.add(new EmulatedThingStep(thing));
		}
		steps.addAll(List.of(new RegisteredCaStep(signer), new TemplateStep(),
				new PrepareThingStep(signer, ThingNames::commonNameAsIs)));
		steps.addAll(ConnectSteps.after(context, connector, "applies the CA's provisioning template (thing, policy, ACTIVE)",
				"the provisioning template"));
		return steps;
	}
}
