package io.trustbench.provisioning.core.thing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import io.trustbench.core.AtomicFiles;
import io.trustbench.provisioning.core.aws.CloudSession;
import io.trustbench.provisioning.core.byoc.CaRegistration;
import io.trustbench.provisioning.core.byoc.Pem;
import io.trustbench.provisioning.core.byoc.SignerAuthority;
import io.trustbench.provisioning.core.flow.FlowContext;
import io.trustbench.provisioning.core.flow.FlowStep;
import io.trustbench.secureelement.core.kit.KitClient;

/**
 * Key, certificate and settings into the thing: the seed's PREPARE AWS THING kit exchange. The
 * certificate is checked against the signer before anything else is written to the thing.
 */
public final class PrepareThingStep implements FlowStep {

	private final SignerAuthority signer;
	private final ThingNaming naming;

	public PrepareThingStep(SignerAuthority signer, ThingNaming naming) {
		this.signer = signer;
		this.naming = naming;
	}

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
		try (KitClient signerKit = context.devices().openKit(ThingOptions.signerId(context), progress.split(1));
				KitClient thing = context.devices().openKit(ThingOptions.thingId(context), progress.split(1))) {
			byte[] signerKey = signerKit.awsPublicKey(KitSequence.SIGNER_SLOT);
			byte[] tbs = KitSequence.buildDeviceTbs(thing, signerKey);
			byte[] signature = signerKit.awsSign(KitSequence.SIGNER_SLOT, tbs);
			KitSequence.saveDeviceSignature(thing, signature);
			String devicePem = KitSequence.deviceCertificate(thing);
			X509Certificate device = parse(devicePem);
			device.verify(signerCert.getPublicKey());
			String certificateId = CaRegistration.awsId(device);
			String thingName = naming.nameFor(device, certificateId);
			if (thingName.length() > ThingNames.MAX_STORED_LENGTH) {
				throw new IllegalArgumentException("thing name '" + thingName + "' is longer than the "
						+ ThingNames.MAX_STORED_LENGTH + " bytes the thing can store");
			}
			KitSequence.saveSignerCertificate(thing, Pem.encode(signerCert));
			KitSequence.saveHostInfo(thing, endpoint, thingName);
			KitSequence.saveWifi(thing, context.options().get(ThingOptions.WIFI_SSID, "trustbench"),
					context.options().get(ThingOptions.WIFI_PASSWORD, ""));
			Path dir = context.workspace().resolve("things").resolve(thingName);
			AtomicFiles.writeString(dir.resolve("device.pem"), devicePem.trim() + "\n");
			AtomicFiles.writeString(dir.resolve("chain.pem"), devicePem.trim() + "\n" + Pem.encode(signerCert));
			context.state().put(ThingOptions.THING_NAME, thingName);
			context.state().put(ThingOptions.CERTIFICATE_ID, certificateId);
			context.state().put(ThingOptions.ENDPOINT, endpoint);
			context.log("thing " + thingName + ", certificate " + certificateId + ", endpoint " + endpoint);
		}
	}

	@Override
	public boolean stillValid(FlowContext context, IProgressMonitor monitor) {
		// Re-running would give the thing a new key and orphan the registered certificate (a seed quirk).
		return context.state().get(ThingOptions.CERTIFICATE_ID).isPresent();
	}

	private static X509Certificate parse(String pem) throws Exception {
		return (X509Certificate) CertificateFactory.getInstance("X.509")
				.generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
	}
}
