package io.trustbench.provisioning.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.iot.model.CertificateStatus;

import io.trustbench.provisioning.core.aws.CloudSession;
import io.trustbench.provisioning.core.aws.ConnectionProfile;
import io.trustbench.provisioning.core.fleet.FleetFlow;
import io.trustbench.provisioning.core.fleet.ThingResult;
import io.trustbench.provisioning.core.flow.FlowOptions;
import io.trustbench.provisioning.core.flow.FlowRunner;
import io.trustbench.provisioning.core.flow.FlowSessions;
import io.trustbench.provisioning.core.flow.FlowState;
import io.trustbench.provisioning.core.internal.thing.SimulatorThingConnector;

/**
 * Several things in one run on the emulator: every thing gets its own name, certificate and row in
 * the result table, all ACTIVE and publishing; with JITR too. A thing that fails does not stop the
 * others, and a re-run retries only it.
 */
public class FleetEmulatorTest extends EmulatorWorkspaceTest {

	private FlowRunner.Result run(Kits kits, Map<String, String> options) throws Exception {
		return kits.run(new FleetFlow(kits.signer(), new SimulatorThingConnector()), ConnectionProfile.localEmulator(),
				monitor -> CloudSession.forEmulator(emulator), new FlowOptions(options));
	}

	private List<ThingResult> table() throws Exception {
		return FleetFlow.results(FlowState.load(FlowSessions.stateFile(workspace, FleetFlow.ID, ConnectionProfile.localEmulator())));
	}

	@Test
	void fiveThingsByJitpEachWithItsOwnIdentity() throws Exception {
		Kits kits = new Kits(workspace);
		long start = System.nanoTime();
		FlowRunner.Result result = run(kits, Map.of(FleetFlow.COUNT, "5"));
		long millis = (System.nanoTime() - start) / 1_000_000;
		assertTrue(result.ok(), Kits.describe(result) + "\n" + kits.log);
		List<ThingResult> rows = table();
		assertEquals(5, rows.size());
		Set<String> names = new HashSet<>();
		try (CloudSession session = CloudSession.forEmulator(emulator)) {
			for (ThingResult row : rows) {
				assertEquals(ThingResult.Status.OK, row.status(), row.toString());
				assertTrue(names.add(row.thingName()), "thing names differ: " + rows);
				assertEquals(CertificateStatus.ACTIVE, session.iot().describeCertificate(r -> r.certificateId(row.certificateId()))
						.certificateDescription().status());
				session.iot().describeThing(r -> r.thingName(row.thingName()));
			}
		}
		System.out.printf("fleet of 5 by JITP: %d ms%n", millis);
		Map<String, String> summary = new FleetFlow(kits.signer(), null).summary(
				FlowState.load(FlowSessions.stateFile(workspace, FleetFlow.ID, ConnectionProfile.localEmulator())));
		assertEquals("5 of 5 provisioned", summary.get("things"));
	}

	@Test
	void jitrFleetAndAFailingThingIsRetriedAlone() throws Exception {
		Kits kits = new Kits(workspace);
		kits.devices.ensureEmulatedThings(2, null);
		Map<String, String> options = Map.of(FleetFlow.THINGS, "emu-thing-001,emu-thing-002,emu-thing-404", FleetFlow.JITR, "true");
		FlowRunner.Result first = run(kits, options);
		assertFalse(first.ok());
		String message = first.failedStep().orElseThrow().message();
		assertTrue(message.startsWith("1 of 3 things failed (first: emu-thing-404"), message);
		List<ThingResult> rows = table();
		assertEquals(List.of(ThingResult.Status.OK, ThingResult.Status.OK, ThingResult.Status.FAILED),
				rows.stream().map(ThingResult::status).toList(), rows.toString());
		String firstCertificate = rows.get(0).certificateId();

		kits.devices.ensureEmulatedThings(3, null);
		FlowRunner.Result second = run(kits, Map.of(FleetFlow.THINGS, "emu-thing-001,emu-thing-002,emu-thing-003",
				FleetFlow.JITR, "true"));
		assertTrue(second.ok(), Kits.describe(second) + "\n" + kits.log);
		List<ThingResult> again = table();
		assertEquals(firstCertificate, again.get(0).certificateId(), "a provisioned thing is left alone");
		assertTrue(again.stream().allMatch(r -> r.status() == ThingResult.Status.OK), again.toString());
	}
}
