package io.trustbench.provisioning.core.console.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trustbench.provisioning.core.console.Listing;
import io.trustbench.provisioning.core.console.ResourceLister;
import io.trustbench.provisioning.core.console.Rows;

/** Every resource kind the console lists, against the Trustbench emulator with the real SDK client. */
public class ConsoleListingEmulatorTest {

	@TempDir
	Path dir;
	private EmulatorAccount account;
	private ResourceLister lister;

	@BeforeEach
	void start() throws Exception {
		account = EmulatorAccount.start(dir);
		lister = account.console.lister();
	}

	@AfterEach
	void stop() {
		account.close();
	}

	@Test
	void caCertificatesShowStatusAndAutoRegistration() {
		Listing<Rows.CaCertificate> cas = lister.caCertificates(new NullProgressMonitor());
		assertTrue(cas.supported());
		assertEquals(1, cas.rows().size());
		Rows.CaCertificate ca = cas.rows().get(0);
		assertEquals(account.caId, ca.id());
		assertEquals("ACTIVE", ca.status());
		assertEquals("ENABLE", ca.autoRegistration());
	}

	@Test
	void certificatesShowStatusCaPoliciesAndThings() {
		Listing<Rows.Certificate> certificates = lister.certificates(new NullProgressMonitor());
		assertEquals(1, certificates.rows().size(), "only the device: the console's own MQTT certificate is no device certificate");
		Rows.Certificate c = certificates.rows().get(0);
		assertEquals(account.certificateId, c.id());
		assertEquals("ACTIVE", c.status());
		assertEquals(account.caId, c.caId());
		assertEquals(List.of(EmulatorAccount.POLICY), c.policies());
		assertEquals(List.of(EmulatorAccount.THING), c.things());
		assertEquals("", c.problem());
	}

	@Test
	void thingsShowAttributesAndPrincipals() {
		Rows.Thing thing = lister.things(new NullProgressMonitor()).rows().get(0);
		assertEquals(EmulatorAccount.THING, thing.name());
		assertEquals("ATECC508A", thing.attributes().get("model"));
		assertEquals(List.of(account.certificateArn), thing.principals());
	}

	@Test
	void policiesFollowTheMarkerToTheLastPageAndShowTheDocument() {
		// The emulator pages policies by 25, as AWS does: 30 more force a second page.
		for (int i = 0; i < 30; i++) {
			String name = String.format("Extra%02d", i);
			account.cloud.iot().createPolicy(r -> r.policyName(name).policyDocument(EmulatorAccount.ALLOW_ALL));
		}
		Listing<Rows.Policy> policies = lister.policies(new NullProgressMonitor());
		assertEquals(31, policies.rows().size());
		Rows.Policy device = policies.rows().stream().filter(p -> p.name().equals(EmulatorAccount.POLICY)).findFirst()
				.orElseThrow();
		assertTrue(device.document().contains("\n  \"Statement\""), "pretty-printed: " + device.document());
		assertTrue(device.arn().endsWith(":policy/" + EmulatorAccount.POLICY), device.arn());
	}

	@Test
	void topicRulesShowSqlActionsAndEnabled() {
		Rows.TopicRule rule = lister.topicRules(new NullProgressMonitor()).rows().get(0);
		assertEquals(EmulatorAccount.RULE, rule.name());
		assertEquals("SELECT * FROM 'things/+/telemetry'", rule.sql());
		assertEquals("things/+/telemetry", rule.topicPattern());
		assertEquals(1, rule.actions().size());
		assertTrue(rule.actions().get(0).startsWith("republish") && rule.actions().get(0).contains("topic=console/republished"),
				rule.actions().toString());
		assertTrue(rule.enabled());
	}

	@Test
	void aCancelledListingStops() {
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);
		// What a Job turns into CANCEL_STATUS.
		assertThrows(OperationCanceledException.class, () -> lister.things(cancelled));
	}
}
