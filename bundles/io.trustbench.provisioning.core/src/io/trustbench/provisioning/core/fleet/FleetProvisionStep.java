package io.trustbench.provisioning.core.fleet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import io.trustbench.provisioning.core.flow.Flow;
import io.trustbench.provisioning.core.flow.FlowContext;
import io.trustbench.provisioning.core.flow.FlowRunner;
import io.trustbench.provisioning.core.flow.FlowStep;
import io.trustbench.provisioning.core.thing.ActivationWaitStep;
import io.trustbench.provisioning.core.thing.FirstConnectStep;
import io.trustbench.provisioning.core.thing.PrepareThingStep;
import io.trustbench.provisioning.core.thing.PublishStep;
import io.trustbench.provisioning.core.thing.ThingConnector;
import io.trustbench.provisioning.core.thing.ThingOptions;

/**
 * Provisions every thing of the fleet, each with its own saved state: first the kit exchanges one
 * thing after another (the one Signer kit signs one certificate at a time, as over USB), then the
 * connections in parallel (first connection, activation, publish). A thing already provisioned in
 * an earlier run is left alone; a re-run retries only the things that failed. Every thing gets a
 * row in the result table, which is saved in the fleet's state.
 */
final class FleetProvisionStep implements FlowStep {

	private final PrepareThingStep prepare;
	private final ThingConnector connector;
	private final String afterRegistration;
	private final String activatedBy;

	FleetProvisionStep(PrepareThingStep prepare, ThingConnector connector, String afterRegistration, String activatedBy) {
		this.prepare = prepare;
		this.connector = connector;
		this.afterRegistration = afterRegistration;
		this.activatedBy = activatedBy;
	}

	@Override
	public String id() {
		return "provision";
	}

	@Override
	public String label() {
		return "Provision the things";
	}

	@Override
	public String explanation() {
		return "For each thing: a new key and a certificate signed in the Signer kit, stored in the thing with the "
				+ "endpoint and its name; then, in parallel, each thing connects (registering its certificate), waits "
				+ "for activation and publishes. Each thing's progress is saved on its own, so a re-run retries only "
				+ "the things that failed.";
	}

	@Override
	public void run(FlowContext context, IProgressMonitor monitor) throws Exception {
		List<String> things = Arrays.asList(context.state().require(FleetFlow.THINGS).split(","));
		SubMonitor progress = SubMonitor.convert(monitor, things.size() * 2);
		Map<String, ThingResult> results = new LinkedHashMap<>();
		List<String> toConnect = new ArrayList<>();
		for (String thing : things) {
			ThingResult earlier = FleetFlow.result(context.state(), thing);
			if (earlier.status() == ThingResult.Status.OK) {
				results.put(thing, earlier);
				progress.worked(2);
				continue;
			}
			progress.subTask("Preparing " + thing);
			ThingResult prepared = runThing(context, thing, List.of(prepare), progress.split(1));
			results.put(thing, prepared);
			save(context, prepared);
			if (prepared.status() == ThingResult.Status.OK && connector != null && !ThingOptions.setupOnly(context)) {
				toConnect.add(thing);
			} else {
				progress.worked(1);
			}
		}
		connectInParallel(context, toConnect, results, progress);
		long failed = results.values().stream().filter(r -> r.status() != ThingResult.Status.OK).count();
		context.log((things.size() - failed) + " of " + things.size() + " things provisioned");
		if (failed > 0) {
			ThingResult first = results.values().stream().filter(r -> r.status() != ThingResult.Status.OK).findFirst().orElseThrow();
			throw new IllegalStateException(failed + " of " + things.size() + " things failed (first: " + first.deviceId()
					+ ": " + first.message() + "); re-run to retry them");
		}
	}

	@Override
	public boolean stillValid(FlowContext context, IProgressMonitor monitor) {
		return false; // things provisioned earlier are skipped inside
	}

	private void connectInParallel(FlowContext context, List<String> things, Map<String, ThingResult> results,
			SubMonitor progress) throws Exception {
		if (things.isEmpty()) {
			return;
		}
		List<FlowStep> steps = List.of(new FirstConnectStep(connector, afterRegistration), new ActivationWaitStep(activatedBy),
				new PublishStep(connector));
		int threads = Math.max(1, Math.min(FleetFlow.parallel(context), things.size()));
		ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
			Thread t = new Thread(r, "trustbench-fleet");
			t.setDaemon(true);
			return t;
		});
		try {
			CompletionService<ThingResult> done = new ExecutorCompletionService<>(pool);
			IProgressMonitor cancelOnly = new NullProgressMonitor() {
				@Override
				public boolean isCanceled() {
					return progress.isCanceled();
				}
			};
			for (String thing : things) {
				done.submit(() -> runThing(context, thing, steps, cancelOnly));
			}
			for (int i = 0; i < things.size(); i++) {
				ThingResult result = done.take().get();
				ThingResult prepared = results.get(result.deviceId());
				ThingResult merged = new ThingResult(result.deviceId(), result.status(), prepared.thingName(),
						prepared.certificateId(), prepared.millis() + result.millis(), result.message());
				results.put(result.deviceId(), merged);
				save(context, merged);
				progress.split(1);
			}
		} finally {
			pool.shutdownNow();
		}
	}

	/** Runs {@code steps} for one thing in its own nested context; never throws for the thing's own failures. */
	private static ThingResult runThing(FlowContext context, String thing, List<FlowStep> steps, IProgressMonitor monitor)
			throws Exception {
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
		long start = System.nanoTime();
		try (FlowContext thingContext = context.nested(FleetFlow.stateName(thing),
				context.options().with(ThingOptions.THING, thing), "  " + thing + ": ")) {
			FlowRunner.Result run = new FlowRunner(null).run(new StepsFlow(thing, steps), thingContext, monitor);
			long millis = (System.nanoTime() - start) / 1_000_000;
			String name = thingContext.state().get(ThingOptions.THING_NAME).orElse("");
			String certificate = thingContext.state().get(ThingOptions.CERTIFICATE_ID).orElse("");
			if (run.cancelled()) {
				throw new OperationCanceledException();
			}
			if (!run.ok()) {
				FlowRunner.StepResult failed = run.failedStep().orElseThrow();
				return new ThingResult(thing, ThingResult.Status.FAILED, name, certificate, millis,
						failed.step().label() + ": " + failed.message());
			}
			return new ThingResult(thing, ThingResult.Status.OK, name, certificate, millis, "");
		}
	}

	private static synchronized void save(FlowContext context, ThingResult result) throws java.io.IOException {
		context.state().put(FleetFlow.RESULT_PREFIX + result.deviceId(), result.toJson());
	}

	/** The steps of one thing, run as a flow of their own. */
	private record StepsFlow(String thing, List<FlowStep> steps) implements Flow {
		@Override
		public String id() {
			return FleetFlow.stateName(thing);
		}

		@Override
		public String label() {
			return thing;
		}

		@Override
		public String description() {
			return "";
		}

		@Override
		public List<FlowStep> steps(FlowContext context) {
			return steps;
		}
	}
}
