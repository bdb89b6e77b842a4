package io.trustbench.awsiot.emulator.internal.registry;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.google.gson.JsonObject;

import io.trustbench.awsiot.emulator.internal.pki.Pem;
import io.trustbench.awsiot.emulator.internal.state.CaCertificateRecord;
import io.trustbench.awsiot.emulator.internal.state.CertificateRecord;
import io.trustbench.awsiot.emulator.internal.state.CertificateStatus;
import io.trustbench.awsiot.emulator.internal.state.StateStore;

/** CA and device certificates: registration (BYOC, JITR), status changes, listing, deletion. */
public final class CertificateRegistry {

	private final StateStore store;
	private final Arns arns;
	private final List<CertificateListener> listeners = new CopyOnWriteArrayList<>();

	public CertificateRegistry(StateStore store, Arns arns) {
		this.store = store;
		this.arns = arns;
	}

	public void addListener(CertificateListener listener) {
		listeners.add(listener);
	}

	// ---- CA certificates ----

	/**
	 * RegisterCACertificate. In DEFAULT mode the verification certificate must carry the account's
	 * registration code as subject CN and be signed by the CA's key (AWS checks this; moto does not).
	 */
	public CaCertificateRecord registerCa(String caPem, String verificationPem, boolean setAsActive,
			boolean allowAutoRegistration, JsonObject registrationConfig, String certificateMode) {
		X509Certificate ca = parse(caPem, "caCertificate");
		if (ca.getBasicConstraints() < 0) {
			throw AwsException.certificateValidation("The certificate is not a CA certificate (basicConstraints cA is not set)");
		}
		if (!Pem.isSignedBy(ca, ca) && ca.getSubjectX500Principal().equals(ca.getIssuerX500Principal())) {
			throw AwsException.certificateValidation("The self-signed CA certificate's signature does not verify");
		}
		String mode = certificateMode == null ? "DEFAULT" : certificateMode;
		if (!mode.equals("DEFAULT") && !mode.equals("SNI_ONLY")) {
			throw AwsException.invalidRequest("certificateMode must be DEFAULT or SNI_ONLY");
		}
		if (mode.equals("DEFAULT")) {
			if (verificationPem == null || verificationPem.isBlank()) {
				throw AwsException.invalidRequest("verificationCertificate is required in DEFAULT certificate mode");
			}
			X509Certificate verification = parse(verificationPem, "verificationCertificate");
			if (!store.account().registrationCode.equals(Pem.subjectCommonName(verification))) {
				throw new AwsException("RegistrationCodeValidationException", 400,
						"The verification certificate's subject CN is not the registration code");
			}
			if (!Pem.isSignedBy(verification, ca)) {
				throw new AwsException("RegistrationCodeValidationException", 400,
						"The verification certificate is not signed by the CA certificate's private key");
			}
		}
		String id = Pem.certificateId(ca);
		synchronized (store.lock()) {
			if (store.caCertificates().get(id) != null) {
				throw AwsException.alreadyExists("The CA certificate is already registered: " + id, id, arns.caCert(id));
			}
			CaCertificateRecord r = new CaCertificateRecord();
			r.id = id;
			r.pem = Pem.encode(ca);
			r.status = setAsActive ? CertificateStatus.ACTIVE : CertificateStatus.INACTIVE;
			r.autoRegistrationStatus = allowAutoRegistration ? "ENABLE" : "DISABLE";
			r.registrationConfig = registrationConfig;
			r.certificateMode = mode;
			r.createdMillis = r.modifiedMillis = System.currentTimeMillis();
			r.customerVersion = 1;
			r.generationId = UUID.randomUUID().toString();
			store.caCertificates().put(r);
			return r;
		}
	}

	public CaCertificateRecord describeCa(String id) {
		CaCertificateRecord r = store.caCertificates().get(id);
		if (r == null) {
			throw AwsException.notFound("CA certificate " + id + " does not exist");
		}
		return r;
	}

	public void updateCa(String id, String newStatus, String newAutoRegistrationStatus, JsonObject registrationConfig,
			boolean removeAutoRegistration) {
		if (newStatus != null && !newStatus.equals("ACTIVE") && !newStatus.equals("INACTIVE")) {
			throw AwsException.invalidRequest("newStatus must be ACTIVE or INACTIVE");
		}
		if (newAutoRegistrationStatus != null && !newAutoRegistrationStatus.equals("ENABLE")
				&& !newAutoRegistrationStatus.equals("DISABLE")) {
			throw AwsException.invalidRequest("newAutoRegistrationStatus must be ENABLE or DISABLE");
		}
		synchronized (store.lock()) {
			CaCertificateRecord r = describeCa(id);
			if (newStatus != null) {
				r.status = newStatus;
			}
			if (newAutoRegistrationStatus != null) {
				r.autoRegistrationStatus = newAutoRegistrationStatus;
			}
			if (removeAutoRegistration) {
				r.registrationConfig = null;
			} else if (registrationConfig != null) {
				r.registrationConfig = registrationConfig;
			}
			r.modifiedMillis = System.currentTimeMillis();
			r.customerVersion++;
			store.caCertificates().put(r);
		}
	}

	public void deleteCa(String id) {
		synchronized (store.lock()) {
			CaCertificateRecord r = describeCa(id);
			if (CertificateStatus.ACTIVE.equals(r.status)) {
				throw AwsException.certificateState("The CA certificate must be INACTIVE to be deleted");
			}
			store.caCertificates().remove(id);
		}
	}

	public List<CaCertificateRecord> listCas(boolean ascending) {
		List<CaCertificateRecord> all = new ArrayList<>(store.caCertificates().all());
		Comparator<CaCertificateRecord> order = Comparator.comparingLong((CaCertificateRecord r) -> r.createdMillis)
				.thenComparing(r -> r.id);
		all.sort(ascending ? order : order.reversed());
		return all;
	}

	/** The registered CA whose key signed {@code certificate}, or null. */
	public CaCertificateRecord findIssuer(X509Certificate certificate) {
		for (CaCertificateRecord ca : store.caCertificates().all()) {
			if (Pem.isSignedBy(certificate, Pem.parseCertificate(ca.pem))) {
				return ca;
			}
		}
		return null;
	}

	// ---- device certificates ----

	/** RegisterCertificate (BYOC): the issuing CA must be registered, and must match caCertificatePem if given. */
	public CertificateRecord register(String certificatePem, String caCertificatePem, Boolean setAsActive, String status) {
		X509Certificate certificate = parse(certificatePem, "certificatePem");
		CaCertificateRecord ca;
		if (caCertificatePem != null && !caCertificatePem.isBlank()) {
			X509Certificate caCert = parse(caCertificatePem, "caCertificatePem");
			ca = store.caCertificates().get(Pem.certificateId(caCert));
			if (ca == null) {
				throw AwsException.certificateValidation("The CA certificate is not registered in this account");
			}
			if (!Pem.isSignedBy(certificate, caCert)) {
				throw AwsException.certificateValidation("The certificate is not signed by the given CA certificate");
			}
		} else {
			ca = findIssuer(certificate);
			if (ca == null) {
				throw AwsException.certificateValidation("The certificate is not signed by a registered CA certificate");
			}
		}
		return add(certificate, ca.id, initialStatus(setAsActive, status));
	}

	/** RegisterCertificateWithoutCA. */
	public CertificateRecord registerWithoutCa(String certificatePem, String status) {
		X509Certificate certificate = parse(certificatePem, "certificatePem");
		return add(certificate, null, initialStatus(null, status));
	}

	/** JITR: a certificate first seen on the MQTT endpoint, signed by an auto-registration CA. */
	public CertificateRecord autoRegister(X509Certificate certificate, CaCertificateRecord ca) {
		synchronized (store.lock()) {
			CertificateRecord existing = store.certificates().get(Pem.certificateId(certificate));
			return existing != null ? existing : add(certificate, ca.id, CertificateStatus.PENDING_ACTIVATION);
		}
	}

	private static String initialStatus(Boolean setAsActive, String status) {
		if (Boolean.TRUE.equals(setAsActive)) {
			return CertificateStatus.ACTIVE;
		}
		if (status == null) {
			return CertificateStatus.INACTIVE;
		}
		if (!CertificateStatus.ALL.contains(status)) {
			throw AwsException.invalidRequest("invalid certificate status " + status);
		}
		return status;
	}

	private CertificateRecord add(X509Certificate certificate, String caId, String status) {
		String id = Pem.certificateId(certificate);
		synchronized (store.lock()) {
			if (store.certificates().get(id) != null) {
				throw AwsException.alreadyExists("The certificate is already registered: " + id, id, arns.cert(id));
			}
			CertificateRecord r = new CertificateRecord();
			r.id = id;
			r.pem = Pem.encode(certificate);
			r.caId = caId;
			r.status = status;
			r.certificateMode = "DEFAULT";
			r.createdMillis = r.modifiedMillis = System.currentTimeMillis();
			r.customerVersion = 1;
			r.generationId = UUID.randomUUID().toString();
			store.certificates().put(r);
			return r;
		}
	}

	public CertificateRecord describe(String id) {
		CertificateRecord r = store.certificates().get(id);
		if (r == null) {
			throw AwsException.notFound("Certificate " + id + " does not exist");
		}
		return r;
	}

	/** UpdateCertificate: ACTIVE, INACTIVE or REVOKED; a revoked certificate stays revoked. */
	public void update(String id, String newStatus) {
		if (newStatus == null || !CertificateStatus.ALL.contains(newStatus)) {
			throw AwsException.invalidRequest("newStatus must be one of " + CertificateStatus.ALL);
		}
		if (newStatus.equals(CertificateStatus.PENDING_TRANSFER) || newStatus.equals(CertificateStatus.REGISTER_INACTIVE)) {
			throw AwsException.invalidRequest("newStatus " + newStatus + " cannot be set with UpdateCertificate");
		}
		synchronized (store.lock()) {
			CertificateRecord r = describe(id);
			if (CertificateStatus.REVOKED.equals(r.status) && !newStatus.equals(CertificateStatus.REVOKED)) {
				throw AwsException.certificateState("Certificate " + id + " is revoked and cannot change status");
			}
			if (newStatus.equals(r.status)) {
				return;
			}
			r.status = newStatus;
			r.modifiedMillis = System.currentTimeMillis();
			r.customerVersion++;
			store.certificates().put(r);
		}
		if (!newStatus.equals(CertificateStatus.ACTIVE)) {
			listeners.forEach(l -> l.certificateDisabled(id, newStatus));
		}
	}

	/** DeleteCertificate: not ACTIVE, no thing attached; policies too unless forceDelete. */
	public void delete(String id, boolean force) {
		synchronized (store.lock()) {
			CertificateRecord r = describe(id);
			if (CertificateStatus.ACTIVE.equals(r.status)) {
				throw AwsException.certificateState("Certificate " + id + " is ACTIVE; deactivate it before deleting");
			}
			if (!r.things.isEmpty()) {
				throw AwsException.deleteConflict("Certificate " + id + " is attached to things " + r.things);
			}
			if (!r.policies.isEmpty() && !force) {
				throw AwsException.deleteConflict("Certificate " + id + " has policies attached " + r.policies);
			}
			store.certificates().remove(id);
		}
	}

	public List<CertificateRecord> list(String caId, boolean ascending) {
		List<CertificateRecord> all = new ArrayList<>();
		for (CertificateRecord r : store.certificates().all()) {
			if (caId == null || Objects.equals(caId, r.caId)) {
				all.add(r);
			}
		}
		Comparator<CertificateRecord> order = Comparator.comparingLong((CertificateRecord r) -> r.createdMillis)
				.thenComparing(r -> r.id);
		all.sort(ascending ? order : order.reversed());
		return all;
	}

	private static X509Certificate parse(String pem, String member) {
		try {
			return Pem.parseCertificate(pem);
		} catch (IllegalArgumentException e) {
			throw AwsException.certificateValidation(member + ": " + e.getMessage());
		}
	}
}
