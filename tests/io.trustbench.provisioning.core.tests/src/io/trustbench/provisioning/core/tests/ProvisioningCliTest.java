package io.trustbench.provisioning.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trustbench.cli.internal.CliRunner;
import io.trustbench.cli.internal.CommandRegistry;

/**
 * The provisioning commands through the real CLI runner and extension registry, on a fresh
 * workspace with nothing set up: the flows are listed, the whole demo runs to exit 0, and a fleet
 * of things is provisioned with its result table.
 */
public class ProvisioningCliTest {

	@TempDir
	Path workspace;

	record Result(int exit, String out, String err) {
	}

	private Result cli(String... argv) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		List<String> args = new ArrayList<>(List.of("--workspace", workspace.toString()));
		args.addAll(List.of(argv));
		int exit = new CliRunner(CommandRegistry.fromExtensions(), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), new BufferedReader(new StringReader("")),
				new NullProgressMonitor()).run(args);
		return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void flowsAreListedWithTheirOptions() {
		Result flows = cli("aws", "flows");
		assertEquals(0, flows.exit(), flows.err());
		for (String id : List.of("byoc", "jitr", "jitp", "fleet")) {
			assertTrue(flows.out().lines().anyMatch(l -> l.startsWith(id + " ")), flows.out());
		}
		assertTrue(flows.out().contains("env TRUSTBENCH_WIFI_PASSWORD"), "secrets come from the environment: " + flows.out());
		Result unknown = cli("aws", "flow", "nope");
		assertEquals(2, unknown.exit());
		assertTrue(unknown.err().contains("no provisioning flow 'nope'; installed: byoc, jitr, jitp, fleet"), unknown.err());
	}

	@Test
	void theDemoRunsEverythingOnEmbeddedDefaults() {
		long start = System.nanoTime();
		Result demo = cli("demo");
		long millis = (System.nanoTime() - start) / 1_000_000;
		assertEquals(0, demo.exit(), demo.out() + demo.err());
		String summary = demo.out().substring(demo.out().indexOf("\nSummary"));
		assertEquals(8, summary.lines().filter(l -> l.startsWith("  ok ")).count(), "8 steps ok:\n" + summary);
		assertTrue(summary.contains("Just-in-time provisioning of a fleet thing"), summary);
		System.out.printf("demo on a fresh workspace: %d ms%n", millis);
	}

	@Test
	void aFleetRunPrintsItsResultTable() {
		Result fleet = cli("aws", "fleet", "--count", "3", "--parallel", "3");
		assertEquals(0, fleet.exit(), fleet.out() + fleet.err());
		assertTrue(fleet.out().contains("3 of 3 provisioned"), fleet.out());
		assertEquals(3, fleet.out().lines().filter(l -> l.matches("\\s+emu-thing-00[1-3]\\s+OK\\s+sn[0-9A-F]{18}.*")).count(),
				fleet.out());
		Result status = cli("aws", "status", "--json");
		assertEquals(0, status.exit(), status.err());
		var report = com.google.gson.JsonParser.parseString(status.out()).getAsJsonObject();
		var ca = report.getAsJsonObject("ca");
		assertEquals("ACTIVE", ca.get("status").getAsString(), status.out());
		assertEquals("yes", ca.get("jitpTemplate").getAsString(), "the fleet put the template on the CA: " + status.out());
		assertEquals(3, report.getAsJsonArray("deviceCertificates").size(), status.out());
		Result bad = cli("aws", "fleet", "--count", "many");
		assertEquals(2, bad.exit());
		assertTrue(bad.err().contains("--count must be a number"), bad.err());
	}
}
