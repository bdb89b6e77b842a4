package io.trustbench.provisioning.core.jitr;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import software.amazon.awssdk.services.iot.IotClient;
import software.amazon.awssdk.services.iot.model.CertificateStatus;
import software.amazon.awssdk.services.iot.model.DescribeCertificateRequest;
import software.amazon.awssdk.services.iot.model.ResourceNotFoundException;

import io.trustbench.core.AtomicFiles;
import io.trustbench.provisioning.core.aws.CloudSession;
import io.trustbench.provisioning.core.aws.ConnectionProfile;
import io.trustbench.provisioning.core.byoc.ByocFlow;
import io.trustbench.provisioning.core.byoc.CaRegistration;
import io.trustbench.provisioning.core.byoc.Pem;
import io.trustbench.provisioning.core.byoc.SignerAuthority;
import io.trustbench.provisioning.core.flow.Flow;
import io.trustbench.provisioning.core.flow.FlowContext;
import io.trustbench.provisioning.core.flow.FlowRunner;
import io.trustbench.provisioning.core.flow.FlowStep;
import io.trustbench.secureelement.core.kit.KitClient;

/**
 * Just-in-time registration (seed §7, "Prepare AWS thing"): the signer CA is registered (BYOC),
 * the activation rule exists, the thing gets a new key and a certificate signed inside the Signer
 * kit, everything the firmware needs is stored in the thing's slots, and the thing connects:
 * refused while AWS registers its certificate as PENDING_ACTIVATION, activated by the rule,
 * connected on retry, publishing and reporting its shadow.
 *
 * Options: {@code thing} (device id, default the emulated thing), {@code signer} (default the
 * emulated Signer kit), {@code wifiSsid}/{@code wifiPassword} (go into the thing only),
 * {@code setupOnly} ("true": stop before connecting — for endpoints without MQTT, like moto).
 */
public final class JitrFlow implements Flow {

	public static final String ID = "jitr";
	public static final String DEFAULT_THING = "emu-thing";
	public static final String DEFAULT_SIGNER = "emu-signer";

	private final SignerAuthority signer;
	private final ThingConnector connector;
	private final ByocFlow byoc;

	public JitrFlow(SignerAuthority signer, ThingConnector connector) {
		this.signer = signer;
		this.connector = connector;
		this.byoc = new ByocFlow(signer);
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String label() {
		return "Just-in-time registration of a thing (JITR)";
	}

	@Override
	public String description() {
		return "Prepares a thing for just-in-time registration: its ATECC508A generates a new key, the Signer kit signs "
				+ "its certificate, and the certificate, the signer's certificate, the endpoint, the thing name and the "
				+ "Wi-Fi credentials are stored in the thing as the seed's firmware expects. When the thing first "
				+ "connects, AWS IoT registers its certificate as PENDING_ACTIVATION and closes the connection; the "
				+ "activation rule attaches a least-privilege policy and activates it; the thing connects again.";
	}

	private boolean setupOnly(FlowContext context) {
		return Boolean.parseBoolean(context.options().get("setupOnly", "false"));
	}

	@Override
	public List<FlowStep> steps(FlowContext context) {
		List<FlowStep> steps = new ArrayList<>(List.of(new CaStep(), new ActivationStep(), new PrepareThingStep()));
		if (setupOnly(context)) {
			return steps;
		}
		if (connector == null) {
			steps.add(new NoConnectorStep());
			return steps;
		}
		steps.add(new FirstConnectStep());
		steps.add(new ActivatedStep());
		steps.add(new PublishStep());
		return steps;
	}

	private static String thingId(FlowContext context) {
		return context.options().get("thing", DEFAULT_THING);
	}

	private static String signerId(FlowContext context) {
		return context.options().get("signer", DEFAULT_SIGNER);
	}

	/** 1. BYOC (its own resumable state) so that the CA id is known and the CA active. */
	private final class CaStep implements FlowStep {
		@Override
		public String id() {
			return "ca";
		}

		@Override
		public String label() {
			return "Signer CA registered (BYOC)";
		}

		@Override
		public String explanation() {
			return "JITR needs the signer CA registered, active and with auto-registration; this runs the BYOC "
					+ "flow, which does nothing when the CA is already registered.";
		}

		@Override
		public void run(FlowContext context, IProgressMonitor monitor) throws Exception {
			FlowRunner.Result result = new FlowRunner(null).run(byoc, byocContext(context), monitor);
			if (!result.ok()) {
				FlowRunner.StepResult failed = result.failedStep().orElseThrow();
				throw new IllegalStateException("BYOC: " + failed.step().label() + ": " + failed.message());
			}
			context.state().put(ByocFlow.CA_ID, byocState(context).require(ByocFlow.CA_ID));
			context.log("CA " + context.state().require(ByocFlow.CA_ID));
		}

		@Override
		public boolean stillValid(FlowContext context, IProgressMonitor monitor) {
			return false; // BYOC's own steps skip what is done
		}
	}

	private io.trustbench.provisioning.core.flow.FlowState byocState(FlowContext context) throws java.io.IOException {
		return io.trustbench.provisioning.core.flow.FlowState.load(
				context.state().file().resolveSibling(context.state().file().getFileName().toString().replaceFirst("^jitr-", "byoc-")));
	}

	private FlowContext byocContext(FlowContext context) throws java.io.IOException {
		return new FlowContext(context.workspace(), context.devices(), context::cloud, byocState(context), context.options(),
				line -> context.log("  " + line));
	}

	/** 2. The activation rule (and, on AWS, its Lambda function and role). */
	private final class ActivationStep implements FlowStep {
		@Override
		public String id() {
			return "activation";
		}

		@Override
		public String label() {
			return "Activation rule for new certificates";
		}

		@Override
		public String explanation() {
			return "A topic rule on $aws/events/certificates/registered/<CA id> invokes the activation function, which "
					+ "creates the thing, attaches a least-privilege policy and activates the certificate (the seed's "
					+ "Lambda attached iot:* on *).";
		}

		@Override
		public void run(FlowContext context, IProgressMonitor monitor) throws Exception {
			CloudSession cloud = context.cloud(monitor);
			String caId = context.state().require(ByocFlow.CA_ID);
			String rule = ActivationSetup.ruleName(caId);
			IotClient iot = cloud.iot();
			if (ActivationSetup.ruleExists(iot, rule)) {
				context.log("rule " + rule + " exists");
				return;
			}
			String functionArn;
			if (cloud.profile().kind() == ConnectionProfile.Kind.LOCAL_EMULATOR) {
				String account = cloud.emulator().map(e -> e.accountId()).orElse("000000000000");
				functionArn = "arn:aws:lambda:" + cloud.region().id() + ":" + account + ":function:" + ActivationSetup.FUNCTION;
				context.log("built-in activation function " + functionArn);
			} else {
				functionArn = ActivationSetup.ensureLambda(cloud);
				context.log("Lambda function " + functionArn);
			}
			ActivationSetup.createRule(iot, rule, caId, functionArn);
			context.log("rule " + rule + ": " + ActivationSetup.sql(caId));
		}

		@Override
		public boolean stillValid(FlowContext context, IProgressMonitor monitor) throws Exception {
			return ActivationSetup.ruleExists(context.cloud(monitor).iot(), ActivationSetup.ruleName(context.state().require(ByocFlow.CA_ID)));
		}
	}

	/** 3. Key, certificate and settings into the thing: the seed's kit exchange. */
	private final class PrepareThingStep implements FlowStep {
		@Override
		public String id() {
			return "prepare";
		}

		@Override
		public String label() {
			return "Prepare the thing (key, certificate, endpoint, Wi-Fi)";
		}

		@Override
		public String explanation() {
			return "The thing's ATECC508A generates a new private key in slot 0 and returns the digest of its "
					+ "certificate's TBS; the Signer kit signs it; the thing stores the signature as its compressed "
					+ "certificate (slot 10), the signer's key and certificate (slots 11, 12), the endpoint and thing "
					+ "name (slot 8) and the Wi-Fi credentials.";
		}

		@Override
		public void run(FlowContext context, IProgressMonitor monitor) throws Exception {
			SubMonitor progress = SubMonitor.convert(monitor, 6);
			CloudSession cloud = context.cloud(progress.split(1));
			String endpoint = cloud.dataEndpoint();
			X509Certificate signerCert = signer.signerCertificate(progress.split(1));
			try (KitClient signerKit = context.devices().openKit(signerId(context), progress.split(1));
					KitClient thing = context.devices().openKit(thingId(context), progress.split(1))) {
				byte[] signerKey = signerKit.awsPublicKey(KitSequence.SIGNER_SLOT);
				byte[] tbs = KitSequence.buildDeviceTbs(thing, signerKey);
				byte[] signature = signerKit.awsSign(KitSequence.SIGNER_SLOT, tbs);
				KitSequence.saveDeviceSignature(thing, signature);
				String devicePem = KitSequence.deviceCertificate(thing);
				X509Certificate device = parse(devicePem);
				device.verify(signerCert.getPublicKey());
				String certificateId = CaRegistration.awsId(device);
				String thingName = context.options().get("thingName").orElse(ThingNames.forCertificate(device, certificateId));
				KitSequence.saveSignerCertificate(thing, Pem.encode(signerCert));
				KitSequence.saveHostInfo(thing, endpoint, thingName);
				KitSequence.saveWifi(thing, context.options().get("wifiSsid", "trustbench"),
						context.options().get("wifiPassword", ""));
				Path dir = context.workspace().resolve("things").resolve(thingName);
				AtomicFiles.writeString(dir.resolve("device.pem"), devicePem.trim() + "\n");
				AtomicFiles.writeString(dir.resolve("chain.pem"), devicePem.trim() + "\n" + Pem.encode(signerCert));
				context.state().put("thingName", thingName);
				context.state().put("certificateId", certificateId);
				context.state().put("endpoint", endpoint);
				context.log("thing " + thingName + ", certificate " + certificateId + ", endpoint " + endpoint);
			}
		}

		@Override
		public boolean stillValid(FlowContext context, IProgressMonitor monitor) {
			// Re-running would give the thing a new key and orphan the registered certificate (a seed quirk).
			return context.state().get("certificateId").isPresent();
		}
	}

	private static X509Certificate parse(String pem) throws Exception {
		return (X509Certificate) CertificateFactory.getInstance("X.509")
				.generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
	}

	/** Without a thing connector the flow cannot go on; it says so instead of ending "successfully". */
	private static final class NoConnectorStep implements FlowStep {
		@Override
		public String id() {
			return "connect";
		}

		@Override
		public String label() {
			return "Connect the thing";
		}

		@Override
		public String explanation() {
			return "Needs the hardened TLS client (bundle io.trustbench.tlsclient.core).";
		}

		@Override
		public void run(FlowContext context, IProgressMonitor monitor) {
			throw new IllegalStateException("no thing connector is installed (bundle io.trustbench.tlsclient.core); "
					+ "the thing is prepared — run with --setup-only to stop here");
		}
	}

	/** 4. First connection: AWS registers the certificate (PENDING_ACTIVATION) and closes. */
	private final class FirstConnectStep implements FlowStep {
		@Override
		public String id() {
			return "first-connect";
		}

		@Override
		public String label() {
			return "First connection (registers the certificate)";
		}

		@Override
		public String explanation() {
			return "The thing connects with mutual TLS, presenting its certificate and the signer's. AWS IoT sees an "
					+ "unknown certificate signed by a registered CA with auto-registration, registers it as "
					+ "PENDING_ACTIVATION, publishes the registration event and closes the connection.";
		}

		@Override
		public void run(FlowContext context, IProgressMonitor monitor) throws Exception {
			CloudSession cloud = context.cloud(monitor);
			ThingConnector.Attempt attempt = connector.tryConnect(context.devices(), thingId(context), cloud.serverCaFile().orElse(null), monitor);
			context.log(attempt.connected() ? "connected (the certificate was already active)" : "refused as expected: " + attempt.detail());
		}
	}

	/** 5. Wait (with back-off) until the activation function has activated the certificate. */
	private final class ActivatedStep implements FlowStep {
		@Override
		public String id() {
			return "activated";
		}

		@Override
		public String label() {
			return "Wait for activation";
		}

		@Override
		public String explanation() {
			return "The registration event triggers the activation rule; DescribeCertificate is polled with back-off "
					+ "until the certificate is ACTIVE.";
		}

		@Override
		public void run(FlowContext context, IProgressMonitor monitor) throws Exception {
			IotClient iot = context.cloud(monitor).iot();
			String id = context.state().require("certificateId");
			Duration wait = Duration.ofMillis(200);
			long deadline = System.nanoTime() + Duration.ofSeconds(Long.parseLong(context.options().get("activationTimeout", "90"))).toNanos();
			while (true) {
				if (monitor != null && monitor.isCanceled()) {
					throw new OperationCanceledException();
				}
				String status;
				try {
					status = iot.describeCertificate(DescribeCertificateRequest.builder().certificateId(id).build())
							.certificateDescription().statusAsString();
				} catch (ResourceNotFoundException e) {
					status = "not registered yet";
				}
				if (CertificateStatus.ACTIVE.toString().equals(status)) {
					context.log("certificate " + id + " ACTIVE");
					return;
				}
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("certificate " + id + " is still " + status
							+ "; is the activation rule enabled and its function working?");
				}
				context.log("certificate " + status + "; checking again in " + wait.toMillis() + " ms");
				Thread.sleep(wait.toMillis());
				wait = wait.multipliedBy(2).compareTo(Duration.ofSeconds(10)) > 0 ? Duration.ofSeconds(10) : wait.multipliedBy(2);
			}
		}
	}

	/** 6. Connect, publish, report the shadow. */
	private final class PublishStep implements FlowStep {
		@Override
		public String id() {
			return "publish";
		}

		@Override
		public String label() {
			return "Connect, publish and update the shadow";
		}

		@Override
		public String explanation() {
			return "The thing connects again — now accepted — publishes a message on its own topic and reports its "
					+ "state to its Device Shadow, as the seed's firmware does with its LEDs and buttons.";
		}

		@Override
		public void run(FlowContext context, IProgressMonitor monitor) throws Exception {
			CloudSession cloud = context.cloud(monitor);
			String name = context.state().require("thingName");
			String detail = connector.publishAndReport(context.devices(), thingId(context), cloud.serverCaFile().orElse(null),
					"things/" + name + "/telemetry", "{\"hello\":\"from " + name + "\"}",
					"{\"led1\":\"off\",\"button1\":\"up\"}", monitor);
			context.log(detail);
		}

		@Override
		public boolean stillValid(FlowContext context, IProgressMonitor monitor) {
			return false;
		}
	}
}
