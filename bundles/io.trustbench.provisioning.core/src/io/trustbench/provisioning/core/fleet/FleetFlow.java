package io.trustbench.provisioning.core.fleet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.trustbench.provisioning.core.byoc.ByocFlow;
import io.trustbench.provisioning.core.byoc.RegisteredCaStep;
import io.trustbench.provisioning.core.byoc.SignerAuthority;
import io.trustbench.provisioning.core.flow.FlowContext;
import io.trustbench.provisioning.core.flow.FlowInput;
import io.trustbench.provisioning.core.flow.FlowState;
import io.trustbench.provisioning.core.flow.FlowStep;
import io.trustbench.provisioning.core.jitp.TemplateStep;
import io.trustbench.provisioning.core.jitr.ActivationRuleStep;
import io.trustbench.provisioning.core.thing.PrepareThingStep;
import io.trustbench.provisioning.core.thing.ThingConnector;
import io.trustbench.provisioning.core.thing.ThingFlow;
import io.trustbench.provisioning.core.thing.ThingNames;
import io.trustbench.provisioning.core.thing.ThingOptions;

/**
 * N things in one run (beyond the seed, which prepared one thing at a time): the signer CA and the
 * registration set-up once (JITP template by default, or the JITR rule), then every thing prepared,
 * connected, activated and publishing, with a per-thing result table.
 */
public final class FleetFlow extends ThingFlow {

	public static final String ID = "fleet";
	public static final String COUNT = "count";
	public static final String THINGS = "things";
	public static final String JITR = "jitr";
	public static final String PARALLEL = "parallel";
	static final String RESULT_PREFIX = "result.";

	public FleetFlow(SignerAuthority signer, ThingConnector connector) {
		super(ID, signer, connector);
	}

	@Override
	public String label() {
		return "Provision a fleet of things (JITP or JITR)";
	}

	@Override
	public String description() {
		return "Registers the signer CA once and provisions many things in one run: each thing gets a new key and a "
				+ "certificate signed in the Signer kit, connects, is provisioned just in time (by the CA's template, "
				+ "or by the JITR activation rule) and publishes. The summary is a table with one row per thing; a "
				+ "re-run retries only the things that failed.";
	}

	@Override
	public List<FlowInput> inputs() {
		return List.of(FlowInput.number(COUNT, "Number of emulated things", 5,
				"Emulated fleet things (CN = sn + chip serial number) created in the workspace as needed."),
				FlowInput.text(THINGS, "Or these devices", null,
						"Comma-separated device ids to use instead of emulated things."),
				FlowInput.flag(JITR, "Use JITR instead of JITP", "Activate through the topic rule and function instead of a template."),
				FlowInput.number(PARALLEL, "Connections in parallel", 4, "How many things connect at the same time."),
				ThingOptions.signerInput(), ThingOptions.rootInput(), ThingOptions.wifiSsidInput(),
				ThingOptions.wifiPasswordInput(), ThingOptions.setupOnlyInput());
	}

	@Override
	public List<FlowStep> steps(FlowContext context) {
		boolean jitr = Boolean.parseBoolean(context.options().get(JITR, "false"));
		List<FlowStep> steps = new ArrayList<>();
		steps.add(new RegisteredCaStep(signer));
		steps.add(jitr ? new ActivationRuleStep() : new TemplateStep());
		steps.add(new FleetThingsStep());
		steps.add(new FleetProvisionStep(new PrepareThingStep(signer, jitr ? ThingNames::forCertificate : ThingNames::commonNameAsIs),
				connector, jitr ? "publishes the registration event" : "applies the CA's provisioning template",
				jitr ? "the activation rule's function" : "the provisioning template"));
		return steps;
	}

	/** CA id, then one row per thing in the order of the run. */
	@Override
	public Map<String, String> summary(FlowState state) {
		Map<String, String> summary = new LinkedHashMap<>();
		state.get(ByocFlow.CA_ID).ifPresent(id -> summary.put(ByocFlow.CA_ID, id));
		String things = state.get(THINGS).orElse("");
		if (!things.isEmpty()) {
			List<ThingResult> rows = results(state);
			long ok = rows.stream().filter(r -> r.status() == ThingResult.Status.OK).count();
			summary.put("things", ok + " of " + rows.size() + " provisioned");
			rows.forEach(r -> summary.put(r.deviceId(), r.describe()));
		}
		return summary;
	}

	/** The result table of the last run, one row per thing. */
	public static List<ThingResult> results(FlowState state) {
		String things = state.get(THINGS).orElse("");
		List<ThingResult> rows = new ArrayList<>();
		if (!things.isEmpty()) {
			for (String thing : things.split(",")) {
				rows.add(result(state, thing));
			}
		}
		return rows;
	}

	static ThingResult result(FlowState state, String thing) {
		return state.get(RESULT_PREFIX + thing).map(json -> ThingResult.fromJson(thing, json)).orElse(ThingResult.notRun(thing));
	}

	static int count(FlowContext context) {
		return bounded(context.options().get(COUNT, "5"), 1, 999, COUNT);
	}

	static int parallel(FlowContext context) {
		return bounded(context.options().get(PARALLEL, "4"), 1, 64, PARALLEL);
	}

	/** State file name of one thing of the fleet: {@code fleet-<device id made file-safe>}. */
	static String stateName(String deviceId) {
		return ID + "-" + deviceId.replaceAll("[^A-Za-z0-9-]", "_");
	}

	private static int bounded(String text, int min, int max, String what) {
		try {
			int value = Integer.parseInt(text.trim());
			if (value < min || value > max) {
				throw new IllegalArgumentException(what + " must be between " + min + " and " + max);
			}
			return value;
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(what + " is not a number: " + text);
		}
	}
}
