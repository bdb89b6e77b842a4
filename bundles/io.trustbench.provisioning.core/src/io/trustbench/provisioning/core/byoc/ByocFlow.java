package io.trustbench.provisioning.core.byoc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;

import software.amazon.awssdk.services.iot.IotClient;
import software.amazon.awssdk.services.iot.model.AutoRegistrationStatus;
import software.amazon.awssdk.services.iot.model.CACertificateDescription;
import software.amazon.awssdk.services.iot.model.CACertificateStatus;
import software.amazon.awssdk.services.iot.model.RegisterCaCertificateRequest;
import software.amazon.awssdk.services.iot.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.iot.model.UpdateCaCertificateRequest;

import io.trustbench.core.AtomicFiles;
import io.trustbench.provisioning.core.flow.Flow;
import io.trustbench.provisioning.core.flow.FlowContext;
import io.trustbench.provisioning.core.flow.FlowInput;
import io.trustbench.provisioning.core.flow.FlowStep;
import io.trustbench.provisioning.core.thing.ThingOptions;

/**
 * Bring your own CA (seed §7, "Register signer"): the production signer CA is registered with AWS
 * IoT, proved by a verification certificate whose CN is a fresh registration code, active and with
 * auto-registration so that its devices can register just in time. Idempotent: a re-run finds the
 * registered CA and only repairs its status.
 */
public final class ByocFlow implements Flow {

	public static final String ID = "byoc";
	public static final String CA_ID = "caCertificateId";
	public static final String CA_ARN = "caCertificateArn";
	public static final String REGISTRATION_CODE = "registrationCode";
	public static final String VERIFICATION_FILE = "verificationCertificate";

	private final SignerAuthority signer;

	public ByocFlow(SignerAuthority signer) {
		this.signer = signer;
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String label() {
		return "Register the signer CA (BYOC)";
	}

	@Override
	public String description() {
		return "Registers the production signer — the intermediate CA whose key lives in the Signer kit — with AWS IoT. "
				+ "AWS asks for proof that you hold the CA's key: a verification certificate whose subject is a "
				+ "registration code AWS issues, signed by the signer. The CA is registered active with "
				+ "auto-registration, so devices it signs are registered just in time when they first connect.";
	}

	@Override
	public List<FlowInput> inputs() {
		return List.of(ThingOptions.signerInput(), ThingOptions.rootInput());
	}

	@Override
	public List<FlowStep> steps(FlowContext context) {
		return List.of(new SignerStep(), new AlreadyRegisteredStep(), new RegistrationCodeStep(), new VerificationStep(),
				new RegisterStep(), new CheckStep());
	}

	private X509Certificate signerCert(FlowContext context, IProgressMonitor monitor) throws Exception {
		return signer.signerCertificate(monitor);
	}

	/** 1. The signer CA exists (creating the PKI on the emulated kits if needed). */
	private final class SignerStep implements FlowStep {
		@Override
		public String id() {
			return "signer";
		}

		@Override
		public String label() {
			return "Signer CA certificate";
		}

		@Override
		public String explanation() {
			return "The signer certificate was issued by the root CA: the root kit signed the signer's TBS digest "
					+ "inside its ATECC508A. Its private key never leaves the Signer kit.";
		}

		@Override
		public void run(FlowContext context, IProgressMonitor monitor) throws Exception {
			X509Certificate cert = signerCert(context, monitor);
			context.state().put("signerSubject", cert.getSubjectX500Principal().getName());
			context.state().put("signerAwsId", CaRegistration.awsId(cert));
			context.log("signer CA: " + cert.getSubjectX500Principal().getName());
		}

		@Override
		public boolean stillValid(FlowContext context, IProgressMonitor monitor) throws Exception {
			return CaRegistration.awsId(signerCert(context, monitor)).equals(context.state().get("signerAwsId").orElse(""));
		}
	}

	/** 2. Is this CA already registered (an earlier run, or another tool)? Then no new code is needed. */
	private final class AlreadyRegisteredStep implements FlowStep {
		@Override
		public String id() {
			return "lookup";
		}

		@Override
		public String label() {
			return "Look for an earlier registration";
		}

		@Override
		public String explanation() {
			return "AWS names a CA by the SHA-256 of its certificate; a CA registered earlier is found and reused.";
		}

		@Override
		public void run(FlowContext context, IProgressMonitor monitor) throws Exception {
			IotClient iot = context.cloud(monitor).iot();
			Optional<String> known = context.state().get(CA_ID).filter(id -> !id.isBlank());
			String awsId = context.state().require("signerAwsId");
			for (String candidate : known.isPresent() ? List.of(known.get(), awsId) : List.of(awsId)) {
				Optional<CACertificateDescription> found = CaRegistration.describe(iot, candidate);
				if (found.isPresent() && sameCertificate(found.get(), context, monitor)) {
					remember(context, found.get());
					context.log("already registered: " + found.get().certificateId() + " (" + found.get().statusAsString() + ")");
					return;
				}
			}
			context.state().put(CA_ID, "");
			context.log("not registered yet");
		}

		@Override
		public boolean stillValid(FlowContext context, IProgressMonitor monitor) {
			return false; // cheap, and the answer may have changed (someone deleted the CA)
		}
	}

	private boolean sameCertificate(CACertificateDescription description, FlowContext context, IProgressMonitor monitor)
			throws Exception {
		String pem = description.certificatePem();
		return pem == null || normalize(pem).equals(normalize(Pem.encode(signerCert(context, monitor))));
	}

	private static String normalize(String pem) {
		return pem.replaceAll("\\s", "");
	}

	private static boolean registered(FlowContext context) {
		return !context.state().get(CA_ID).orElse("").isEmpty();
	}

	/** 3. A fresh registration code, fetched before the verification certificate is built (no race). */
	private final class RegistrationCodeStep implements FlowStep {
		@Override
		public String id() {
			return "registration-code";
		}

		@Override
		public String label() {
			return "Get the registration code";
		}

		@Override
		public String explanation() {
			return "AWS IoT issues a registration code for the account; it must be the subject CN of the "
					+ "verification certificate. The seed's tool fetched it asynchronously and could race; here "
					+ "it is fetched first and checked.";
		}

		@Override
		public void run(FlowContext context, IProgressMonitor monitor) throws Exception {
			if (registered(context)) {
				context.log("skipped: the CA is registered");
				return;
			}
			String code = context.cloud(monitor).iot().getRegistrationCode(r -> { }).registrationCode();
			if (code == null || code.isBlank()) {
				throw new IllegalStateException("AWS IoT returned no registration code");
			}
			context.state().put(REGISTRATION_CODE, code);
			context.log("registration code " + code);
		}

		@Override
		public boolean stillValid(FlowContext context, IProgressMonitor monitor) {
			return false; // always ask again: codes can change, and asking is cheap
		}
	}

	/** 4. The verification certificate, built and signed in the Signer kit. */
	private final class VerificationStep implements FlowStep {
		@Override
		public String id() {
			return "verification";
		}

		@Override
		public String label() {
			return "Build the verification certificate in the Signer kit";
		}

		@Override
		public String explanation() {
			return "Subject CN = registration code, public key = the signer's key, signed by the signer kit: "
					+ "proof of possession of the CA's private key without exporting it.";
		}

		@Override
		public void run(FlowContext context, IProgressMonitor monitor) throws Exception {
			if (registered(context)) {
				context.log("skipped: the CA is registered");
				return;
			}
			String code = context.state().require(REGISTRATION_CODE);
			X509Certificate verification = signer.verificationCertificate(code, monitor);
			Path file = context.workspace().resolve("provisioning").resolve("verification-" + code + ".pem");
			AtomicFiles.writeString(file, Pem.encode(verification));
			context.state().put(VERIFICATION_FILE, file.toString());
			context.log("verification certificate " + file);
		}

		@Override
		public boolean stillValid(FlowContext context, IProgressMonitor monitor) {
			return false;
		}
	}

	/** 5. RegisterCACertificate, active, auto-registration on; handles "already exists" like AWS and moto. */
	private final class RegisterStep implements FlowStep {
		@Override
		public String id() {
			return "register";
		}

		@Override
		public String label() {
			return "Register the CA (active, auto-registration)";
		}

		@Override
		public String explanation() {
			return "RegisterCACertificate with the signer certificate and the verification certificate, "
					+ "setAsActive and allowAutoRegistration, as the seed's tool does.";
		}

		@Override
		public void run(FlowContext context, IProgressMonitor monitor) throws Exception {
			if (registered(context)) {
				context.log("skipped: the CA is registered");
				return;
			}
			IotClient iot = context.cloud(monitor).iot();
			String signerPem = Pem.encode(signerCert(context, monitor));
			String verificationPem = Files.readString(Path.of(context.state().require(VERIFICATION_FILE)));
			String id;
			try {
				var response = iot.registerCACertificate(RegisterCaCertificateRequest.builder().caCertificate(signerPem)
						.verificationCertificate(verificationPem).setAsActive(true).allowAutoRegistration(true).build());
				id = response.certificateId();
				context.state().put(CA_ARN, response.certificateArn() == null ? "" : response.certificateArn());
			} catch (ResourceAlreadyExistsException e) {
				id = CaRegistration.existingId(e).orElseThrow(() -> new IllegalStateException(
						"AWS says the CA is already registered but names no id: " + e.getMessage()));
				context.log("already registered as " + id);
			}
			context.state().put(CA_ID, id);
			context.log("CA certificate id " + id);
		}

		@Override
		public boolean stillValid(FlowContext context, IProgressMonitor monitor) {
			return registered(context);
		}
	}

	/** 6. Check it back: ACTIVE with auto-registration, repairing the status when someone changed it. */
	private final class CheckStep implements FlowStep {
		@Override
		public String id() {
			return "check";
		}

		@Override
		public String label() {
			return "Check the registration";
		}

		@Override
		public String explanation() {
			return "DescribeCACertificate must show the CA ACTIVE with auto-registration ENABLE; otherwise "
					+ "UpdateCACertificate repairs it. Success is never assumed.";
		}

		@Override
		public void run(FlowContext context, IProgressMonitor monitor) throws Exception {
			IotClient iot = context.cloud(monitor).iot();
			String id = context.state().require(CA_ID);
			CACertificateDescription description = CaRegistration.describe(iot, id)
					.orElseThrow(() -> new IllegalStateException("CA " + id + " is not registered (DescribeCACertificate found nothing)"));
			if (description.status() != CACertificateStatus.ACTIVE
					|| description.autoRegistrationStatus() != AutoRegistrationStatus.ENABLE) {
				context.log("status " + description.statusAsString() + ", auto-registration "
						+ description.autoRegistrationStatusAsString() + ": repairing");
				iot.updateCACertificate(UpdateCaCertificateRequest.builder().certificateId(id)
						.newStatus(CACertificateStatus.ACTIVE).newAutoRegistrationStatus(AutoRegistrationStatus.ENABLE).build());
				description = CaRegistration.describe(iot, id).orElseThrow();
			}
			if (description.status() != CACertificateStatus.ACTIVE) {
				throw new IllegalStateException("CA " + id + " is " + description.statusAsString() + " after the update");
			}
			remember(context, description);
			context.log("CA " + id + " ACTIVE, auto-registration " + description.autoRegistrationStatusAsString());
		}

		@Override
		public boolean stillValid(FlowContext context, IProgressMonitor monitor) {
			return false;
		}
	}

	private static void remember(FlowContext context, CACertificateDescription description) throws java.io.IOException {
		context.state().put(CA_ID, description.certificateId());
		if (description.certificateArn() != null) {
			context.state().put(CA_ARN, description.certificateArn());
		}
	}
}
