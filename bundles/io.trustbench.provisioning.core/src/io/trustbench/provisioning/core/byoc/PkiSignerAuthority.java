package io.trustbench.provisioning.core.byoc;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import io.trustbench.pki.core.ca.PkiInitializer;
import io.trustbench.pki.core.ca.PkiLayout;
import io.trustbench.pki.core.ca.SecureElementCaDevice;
import io.trustbench.pki.core.ca.VerificationCertificate;
import io.trustbench.secureelement.core.DeviceManager;
import io.trustbench.secureelement.core.SecureElement;

/**
 * The signer on top of the PKI bundle: the workspace's signer CA (created with {@code pki init} on
 * the Root and Signer kits when there is none) and certificates signed inside the Signer kit.
 */
public final class PkiSignerAuthority implements SignerAuthority {

	private final Path workspace;
	private final DeviceManager devices;
	private final String rootId;
	private final String signerId;

	public PkiSignerAuthority(Path workspace, DeviceManager devices, String rootId, String signerId) {
		this.workspace = workspace;
		this.devices = devices;
		this.rootId = rootId == null ? PkiLayout.DEFAULT_ROOT_DEVICE : rootId;
		this.signerId = signerId == null ? PkiLayout.DEFAULT_SIGNER_DEVICE : signerId;
	}

	@Override
	public X509Certificate signerCertificate(IProgressMonitor monitor) throws Exception {
		PkiLayout layout = new PkiLayout(workspace);
		if (!Files.isRegularFile(layout.signerCa())) {
			SubMonitor progress = SubMonitor.convert(monitor, "Creating the PKI on the kits", 3);
			try (SecureElement root = devices.open(rootId, progress.split(1));
					SecureElement signer = devices.open(signerId, progress.split(1))) {
				new PkiInitializer(layout).run(new SecureElementCaDevice(root, PkiLayout.CA_KEY_SLOT),
						new SecureElementCaDevice(signer, PkiLayout.CA_KEY_SLOT), Instant.now(), progress.split(1));
			}
		}
		return parse(Files.readAllBytes(layout.signerCa()));
	}

	@Override
	public X509Certificate verificationCertificate(String registrationCode, IProgressMonitor monitor) throws Exception {
		X509Certificate signerCert = signerCertificate(monitor);
		try (SecureElement signer = devices.open(signerId, monitor)) {
			byte[] der = VerificationCertificate.create(registrationCode, signerCert.getEncoded(),
					new SecureElementCaDevice(signer, PkiLayout.CA_KEY_SLOT), Instant.now(), monitor);
			return parse(der);
		}
	}

	private static X509Certificate parse(byte[] pemOrDer) throws Exception {
		return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(pemOrDer));
	}
}
