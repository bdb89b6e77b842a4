package io.trustbench.provisioning.core.internal.demo;

import java.time.Instant;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;

import io.trustbench.cli.demo.DemoContext;
import io.trustbench.cli.demo.DemoStep;
import io.trustbench.pki.core.ca.PkiInitializer;
import io.trustbench.pki.core.ca.PkiLayout;
import io.trustbench.pki.core.ca.PkiReport;
import io.trustbench.pki.core.ca.SecureElementCaDevice;
import io.trustbench.secureelement.core.DeviceManager;
import io.trustbench.secureelement.core.SecureElement;

/** Demo step "pki": root CA and signer CA with their keys inside the Root and Signer kits ({@code pki init}). */
public final class PkiDemoStep implements DemoStep {

	@Override
	public IStatus run(DemoContext context, IProgressMonitor monitor) throws Exception {
		SubMonitor progress = SubMonitor.convert(monitor, 3);
		DeviceManager devices = DeviceManager.forWorkspace(context.workspace());
		PkiLayout layout = new PkiLayout(context.workspace());
		try (SecureElement root = devices.open(PkiLayout.DEFAULT_ROOT_DEVICE, progress.split(1));
				SecureElement signer = devices.open(PkiLayout.DEFAULT_SIGNER_DEVICE, progress.split(1))) {
			PkiReport report = new PkiInitializer(layout).run(new SecureElementCaDevice(root, PkiLayout.CA_KEY_SLOT),
					new SecureElementCaDevice(signer, PkiLayout.CA_KEY_SLOT), Instant.now(), progress.split(1));
			report.steps().forEach(step -> context.out().println(step));
		}
		context.out().println("root CA   " + layout.rootCa());
		context.out().println("signer CA " + layout.signerCa());
		return Status.OK_STATUS;
	}
}
