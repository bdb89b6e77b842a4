package io.trustbench.provisioning.core.console.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import software.amazon.awssdk.services.iot.model.CACertificateStatus;
import software.amazon.awssdk.services.iot.model.CertificateStatus;

import io.trustbench.provisioning.core.console.CertificateActions;
import io.trustbench.provisioning.core.console.ResourceActions;
import io.trustbench.provisioning.core.console.ResourceLister;
import io.trustbench.provisioning.core.console.Rows;

/** Each console action and its effect on the emulator (and on a connected device). */
public class ConsoleActionsEmulatorTest {

	@TempDir
	Path dir;
	private EmulatorAccount account;
	private CertificateActions certificates;
	private ResourceActions resources;
	private ResourceLister lister;

	@BeforeEach
	void start() throws Exception {
		account = EmulatorAccount.start(dir);
		certificates = account.console.certificates();
		resources = account.console.resources();
		lister = account.console.lister();
	}

	@AfterEach
	void stop() {
		account.close();
	}

	private Rows.Certificate certificate() {
		return lister.certificates(new NullProgressMonitor()).rows().get(0);
	}

	@Test
	void deactivatingClosesTheDevicesSessionAndRefusesItUntilActivatedAgain() throws Exception {
		MqttClient device = account.connectDevice();
		CompletableFuture<Throwable> lost = new CompletableFuture<>();
		device.setCallback(new MqttCallback() {
			@Override
			public void connectionLost(Throwable cause) {
				lost.complete(cause);
			}

			@Override
			public void messageArrived(String topic, MqttMessage message) {
			}

			@Override
			public void deliveryComplete(IMqttDeliveryToken token) {
			}
		});
		IStatus status = certificates.setStatus(account.certificateId, CertificateStatus.INACTIVE);
		assertTrue(status.isOK(), status.getMessage());
		lost.get(10, TimeUnit.SECONDS);
		assertEquals("INACTIVE", certificate().status());
		assertThrows(MqttException.class, account::connectDevice, "an inactive certificate is refused");
		device.close(true);

		assertTrue(certificates.setStatus(account.certificateId, CertificateStatus.ACTIVE).isOK());
		MqttClient again = account.connectDevice();
		assertTrue(again.isConnected());
		again.disconnect();
		again.close();

		assertTrue(certificates.setStatus(account.certificateId, CertificateStatus.REVOKED).isOK());
		assertEquals("REVOKED", certificate().status());
		assertThrows(MqttException.class, account::connectDevice, "a revoked certificate is refused");
	}

	@Test
	void deletingAnActiveCertificateIsRefusedClearly() {
		IStatus status = certificates.delete(account.certificateId, new NullProgressMonitor());
		assertEquals(IStatus.ERROR, status.getSeverity());
		assertTrue(status.getMessage().contains("ACTIVE; deactivate or revoke it first"), status.getMessage());
		assertEquals(1, status.getMessage().lines().count());
		assertEquals(1, lister.certificates(new NullProgressMonitor()).rows().size());
	}

	@Test
	void deletingAnInactiveCertificateDetachesItsThingAndPolicyFirst() {
		assertTrue(certificates.setStatus(account.certificateId, CertificateStatus.INACTIVE).isOK());
		IStatus status = certificates.delete(account.certificateId, new NullProgressMonitor());
		assertTrue(status.isOK(), status.getMessage());
		assertTrue(status.getMessage().contains("detached 1 policy and 1 thing"), status.getMessage());
		assertTrue(lister.certificates(new NullProgressMonitor()).rows().isEmpty());
		assertEquals(List.of(), lister.things(new NullProgressMonitor()).rows().get(0).principals());
		// The policy is no longer attached anywhere, so it can go too.
		assertTrue(resources.deletePolicy(EmulatorAccount.POLICY, new NullProgressMonitor()).isOK());
	}

	@Test
	void caCertificatesDeactivateActivateAndDeleteOnlyWhenInactive() {
		IStatus refused = certificates.deleteCa(account.caId);
		assertEquals(IStatus.ERROR, refused.getSeverity());
		assertTrue(refused.getMessage().contains("ACTIVE; deactivate it first"), refused.getMessage());

		assertTrue(certificates.setCaStatus(account.caId, CACertificateStatus.INACTIVE).isOK());
		assertEquals("INACTIVE", lister.caCertificates(new NullProgressMonitor()).rows().get(0).status());
		assertTrue(certificates.setCaStatus(account.caId, CACertificateStatus.ACTIVE).isOK());
		assertEquals("ACTIVE", lister.caCertificates(new NullProgressMonitor()).rows().get(0).status());

		assertTrue(certificates.setCaStatus(account.caId, CACertificateStatus.INACTIVE).isOK());
		IStatus deleted = certificates.deleteCa(account.caId);
		assertTrue(deleted.isOK(), deleted.getMessage());
		assertTrue(lister.caCertificates(new NullProgressMonitor()).rows().isEmpty());
	}

	@Test
	void anAttachedPolicyIsNotDeletedAndSaysWhy() {
		IStatus status = resources.deletePolicy(EmulatorAccount.POLICY, new NullProgressMonitor());
		assertEquals(IStatus.ERROR, status.getSeverity());
		assertTrue(status.getMessage().contains("attached to 1 certificate"), status.getMessage());
		assertEquals(1, lister.policies(new NullProgressMonitor()).rows().size());
	}

	@Test
	void deletingAThingDetachesItsCertificate() {
		IStatus status = resources.deleteThing(EmulatorAccount.THING, new NullProgressMonitor());
		assertTrue(status.isOK(), status.getMessage());
		assertTrue(lister.things(new NullProgressMonitor()).rows().isEmpty());
		assertEquals(List.of(), certificate().things());
	}

	@Test
	void topicRulesDisableEnableAndDelete() {
		assertTrue(resources.setTopicRuleEnabled(EmulatorAccount.RULE, false).isOK());
		assertFalse(lister.topicRules(new NullProgressMonitor()).rows().get(0).enabled());
		assertTrue(resources.setTopicRuleEnabled(EmulatorAccount.RULE, true).isOK());
		assertTrue(lister.topicRules(new NullProgressMonitor()).rows().get(0).enabled());
		assertTrue(resources.deleteTopicRule(EmulatorAccount.RULE).isOK());
		assertTrue(lister.topicRules(new NullProgressMonitor()).rows().isEmpty());
		IStatus again = resources.deleteTopicRule(EmulatorAccount.RULE);
		assertEquals(IStatus.ERROR, again.getSeverity(), "deleting a rule that is gone fails with AWS's message");
		assertEquals(1, again.getMessage().lines().count(), again.getMessage());
	}
}
