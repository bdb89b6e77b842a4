package io.trustbench.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import io.trustbench.cli.CliCommand;
import io.trustbench.cli.CommandContext;
import io.trustbench.cli.demo.DemoContext;
import io.trustbench.core.ContributionReader;

/**
 * {@code ./trustbench demo}: the seed's whole story on embedded defaults, step by step, with a
 * summary. Steps come from the bundles that implement them; the story's planned steps that no
 * bundle contributes yet are listed as such — the demo never pretends they ran.
 */
public final class DemoCommand implements CliCommand {

	static final String EXTENSION_POINT = "io.trustbench.cli.demoSteps";

	/** The end-to-end story, in order: id → what it shows. */
	static final Map<String, String> PLANNED = new LinkedHashMap<>();
	static {
		PLANNED.put("devices", "Emulated Root, Signer and Thing kits (ATECC508A)");
		PLANNED.put("pki", "Root CA and signer CA with keys inside the kits");
		PLANNED.put("emulator", "Local AWS IoT Core emulator (control plane + MQTT over mutual TLS)");
		PLANNED.put("byoc", "Register the signer CA with AWS IoT (BYOC, verification certificate)");
		PLANNED.put("jitr", "Just-in-time registration of a thing");
		PLANNED.put("mqtt", "MQTT messages and a device shadow round trip");
		PLANNED.put("decode", "Decode the recorded TLS handshake");
	}

	private enum Outcome { PASSED, FAILED, NOT_BUILT, NOT_RUN }

	private record Row(String id, String label, Outcome outcome, String detail, long millis) {
	}

	@Override
	public int run(CommandContext context) throws Exception {
		context.args().expectAtMost(0);
		List<DemoStepDescriptor> steps = new ArrayList<>(
				ContributionReader.read(EXTENSION_POINT, "step", DemoStepDescriptor::from));
		steps.sort(Comparator.comparingInt(DemoStepDescriptor::order));
		List<Row> rows = new ArrayList<>();
		Path workspace = context.workspace();
		context.out().println("Trustbench demo — workspace " + workspace);
		SubMonitor progress = SubMonitor.convert(context.monitor(), "Demo", Math.max(1, steps.size()));
		boolean failed = false;
		int index = 0;
		try (DemoContext demo = new DemoContext(workspace, new IndentedStream(context.out(), "    "))) {
			for (DemoStepDescriptor step : steps) {
				index++;
				if (failed) {
					rows.add(new Row(step.id(), step.label(), Outcome.NOT_RUN, "an earlier step failed", 0));
					continue;
				}
				context.out().printf("[%d/%d] %s%n", index, steps.size(), step.label());
				progress.subTask(step.label());
				long start = System.nanoTime();
				IStatus status;
				try {
					status = step.create().run(demo, progress.split(1));
				} catch (OperationCanceledException e) {
					throw e;
				} catch (Exception | LinkageError e) {
					status = new org.eclipse.core.runtime.Status(IStatus.ERROR, step.contributor(),
							CliRunner.oneLine(e), e);
				}
				long millis = (System.nanoTime() - start) / 1_000_000;
				if (status.getSeverity() == IStatus.ERROR || status.getSeverity() == IStatus.CANCEL) {
					failed = true;
					context.out().println("    FAILED: " + status.getMessage());
					rows.add(new Row(step.id(), step.label(), Outcome.FAILED, status.getMessage(), millis));
				} else {
					rows.add(new Row(step.id(), step.label(), Outcome.PASSED, status.getMessage(), millis));
				}
			}
		}
		for (Map.Entry<String, String> planned : PLANNED.entrySet()) {
			if (steps.stream().noneMatch(s -> s.id().equals(planned.getKey()))) {
				rows.add(new Row(planned.getKey(), planned.getValue(), Outcome.NOT_BUILT, "no bundle provides it yet", 0));
			}
		}
		printSummary(context, rows);
		return failed ? 1 : 0;
	}

	private static void printSummary(CommandContext context, List<Row> rows) {
		context.out().println();
		context.out().println("Summary");
		for (Row row : rows) {
			String outcome = switch (row.outcome()) {
			case PASSED -> "ok";
			case FAILED -> "FAILED";
			case NOT_BUILT -> "not built yet";
			case NOT_RUN -> "not run";
			};
			context.out().printf("  %-14s %-62s %s%s%n", outcome, row.label(),
					row.millis() > 0 ? row.millis() + " ms" : "",
					row.outcome() == Outcome.PASSED || row.detail() == null || row.detail().isBlank() ? "" : " (" + row.detail() + ")");
		}
		long missing = rows.stream().filter(r -> r.outcome() == Outcome.NOT_BUILT).count();
		long failedCount = rows.stream().filter(r -> r.outcome() == Outcome.FAILED).count();
		long passed = rows.stream().filter(r -> r.outcome() == Outcome.PASSED).count();
		context.out().printf("%d step(s) passed, %d failed, %d not built yet%n", passed, failedCount, missing);
		if (failedCount > 0) {
			Row first = rows.stream().filter(r -> r.outcome() == Outcome.FAILED).findFirst().orElseThrow();
			context.err().println("trustbench: demo: step '" + first.label() + "' failed: " + first.detail());
		}
	}
}
