package io.trustbench.provisioning.core.jitr;

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
 * Just-in-time registration (seed §7, "Prepare AWS thing"): the signer CA is registered (BYOC),
 * the activation rule exists, the thing gets a new key and a certificate signed inside the Signer
 * kit, everything the firmware needs is stored in the thing's slots, and the thing connects:
 * refused while AWS registers its certificate as PENDING_ACTIVATION, activated by the rule,
 * connected on retry, publishing and reporting its shadow.
 *
 * Options: see {@link ThingOptions}; {@code setupOnly} stops before connecting (for endpoints
 * without MQTT, like moto).
 */
public final class JitrFlow extends ThingFlow {

	public static final String ID = "jitr";
	public static final String DEFAULT_THING = ThingOptions.DEFAULT_THING;
	public static final String DEFAULT_SIGNER = ThingOptions.DEFAULT_SIGNER;

	public JitrFlow(SignerAuthority signer, ThingConnector connector) {
		super(ID, signer, connector);
	}

	@Override
	public String label() {
		return "Just-in-time registration of a thing (JITR)";
	}

	@Override
	public String description() {
		return "Prepares a thing for just-in-time registration: its ATECC508A generates a new key, the Signer kit signs "
				+ "its certificate, and the certificate, the signer's certificate, the endpoint, the thing name and the "
				+ "Wi-Fi credentials are stored in the thing as the seed's firmware expects. When the thing first "
				+ "connects, AWS IoT registers its certificate as PENDING_ACTIVATION and closes the connection; the "
				+ "activation rule attaches a least-privilege policy and activates it; the thing connects again.";
	}

	@Override
	public List<FlowInput> inputs() {
		return List.of(FlowInput.device(ThingOptions.THING, "Thing", "thing", ThingOptions.DEFAULT_THING,
				"The thing whose ATECC508A gets a new key and certificate."), ThingOptions.signerInput(),
				ThingOptions.rootInput(), ThingOptions.wifiSsidInput(), ThingOptions.wifiPasswordInput(),
				ThingOptions.setupOnlyInput());
	}

	@Override
	public List<FlowStep> steps(FlowContext context) {
		List<FlowStep> steps = new ArrayList<>(List.of(new RegisteredCaStep(signer), new ActivationRuleStep(),
				new PrepareThingStep(signer, ThingNames::forCertificate)));
		steps.addAll(ConnectSteps.after(context, connector,
				"publishes the registration event (status PENDING_ACTIVATION)", "the activation rule's function"));
		return steps;
	}
}
