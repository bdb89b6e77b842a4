package io.trustbench.awsiot.emulator.internal.mqtt;

import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;

import com.google.gson.JsonObject;

import io.trustbench.awsiot.emulator.internal.pki.Pem;
import io.trustbench.awsiot.emulator.internal.registry.CertificateRegistry;
import io.trustbench.awsiot.emulator.internal.rules.JitpProvisioner;
import io.trustbench.awsiot.emulator.internal.state.CaCertificateRecord;
import io.trustbench.awsiot.emulator.internal.state.CertificateRecord;
import io.trustbench.awsiot.emulator.internal.state.CertificateStatus;
import io.trustbench.awsiot.emulator.internal.state.StateStore;
import io.trustbench.core.TrafficLog;

/**
 * Decides, from the client certificate chain of a finished TLS handshake, what AWS IoT would do:
 * an ACTIVE certificate (of an ACTIVE CA) is admitted; an unknown certificate signed by a
 * registered, ACTIVE CA with auto-registration, presented together with that CA, is registered as
 * PENDING_ACTIVATION, the registration event is published on
 * {@code $aws/events/certificates/registered/<caCertificateId>} (JITR) or the CA's provisioning
 * template is applied (JITP), and the connection is refused; everything else is refused.
 */
public final class DeviceAdmission {

	private final StateStore store;
	private final CertificateRegistry certificates;
	private final JitpProvisioner provisioner;
	private final MessageSink sink;
	private final ConsolePrincipal console;

	public DeviceAdmission(StateStore store, CertificateRegistry certificates, JitpProvisioner provisioner,
			MessageSink sink, ConsolePrincipal console) {
		this.store = store;
		this.console = console;
		this.certificates = certificates;
		this.provisioner = provisioner;
		this.sink = sink;
	}

	public Admission admit(X509Certificate[] chain) {
		if (chain == null || chain.length == 0) {
			return Admission.refuse("no client certificate");
		}
		X509Certificate leaf = chain[0];
		try {
			leaf.checkValidity();
		} catch (CertificateExpiredException | CertificateNotYetValidException e) {
			return Admission.refuse("client certificate is outside its validity period");
		}
		String id = Pem.certificateId(leaf);
		if (console.is(id)) {
			return Admission.console(leaf, id);
		}
		CertificateRecord record = store.certificates().get(id);
		if (record == null) {
			return autoRegister(chain, leaf, id);
		}
		if (!CertificateStatus.ACTIVE.equals(record.status)) {
			return Admission.refuse("certificate " + id + " is " + record.status);
		}
		if (record.caId != null) {
			CaCertificateRecord ca = store.caCertificates().get(record.caId);
			if (ca != null && !CertificateStatus.ACTIVE.equals(ca.status)) {
				return Admission.refuse("the CA " + record.caId + " of certificate " + id + " is " + ca.status);
			}
		}
		return Admission.accept(record, leaf);
	}

	private Admission autoRegister(X509Certificate[] chain, X509Certificate leaf, String id) {
		CaCertificateRecord ca = null;
		for (int i = 1; i < chain.length && ca == null; i++) {
			CaCertificateRecord candidate = store.caCertificates().get(Pem.certificateId(chain[i]));
			if (candidate != null && Pem.isSignedBy(leaf, chain[i])) {
				ca = candidate;
			}
		}
		if (ca == null) {
			return Admission.refuse("certificate " + id + " is not registered and the chain holds no registered CA that signed it");
		}
		if (!CertificateStatus.ACTIVE.equals(ca.status)) {
			return Admission.refuse("the CA " + ca.id + " is " + ca.status);
		}
		if (!ca.autoRegistration()) {
			return Admission.refuse("the CA " + ca.id + " does not allow auto-registration");
		}
		CertificateRecord record;
		synchronized (store.lock()) {
			if (store.certificates().get(id) != null) {
				return Admission.refuse("certificate " + id + " is " + store.certificates().get(id).status);
			}
			record = certificates.autoRegister(leaf, ca);
		}
		store.flush();
		TrafficLog.global().log(TrafficLog.Channel.MQTT, "aws-iot-emulator",
				"auto-registered certificate " + id + " of CA " + ca.id + " as PENDING_ACTIVATION");
		sink.publish("$aws/events/certificates/registered/" + ca.id, event(record).getBytes(StandardCharsets.UTF_8));
		if (provisioner.hasTemplate(ca)) {
			provisioner.provision(ca, leaf, record);
			store.flush();
		}
		return Admission.refuse("certificate " + id + " registered as PENDING_ACTIVATION; connection closed as AWS does");
	}

	private String event(CertificateRecord record) {
		JsonObject e = new JsonObject();
		e.addProperty("certificateId", record.id);
		e.addProperty("caCertificateId", record.caId);
		e.addProperty("timestamp", System.currentTimeMillis());
		e.addProperty("certificateStatus", record.status);
		e.addProperty("awsAccountId", store.account().accountId);
		e.addProperty("certificateRegistrationTimestamp", Long.toString(record.createdMillis));
		return e.toString();
	}
}
