package io.trustbench.secureelement.ui.internal.operations;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.statushandlers.StatusManager;

import io.trustbench.secureelement.core.SecureElementException;
import io.trustbench.secureelement.core.kit.KitClient;
import io.trustbench.secureelement.ui.internal.explorer.DeviceNode;
import io.trustbench.secureelement.ui.internal.explorer.ExplorerNode;

/**
 * Opens the certificates a kit holds in the Certificate Inspector: the kit rebuilds them from its
 * compressed form ({@code aws:g}: root 00, signer 01 and verification 02, thing 03). The inspector
 * is reached through its command, so this bundle does not depend on the PKI UI; without it the
 * user is told so.
 */
public final class OpenCertificatesHandler extends AbstractHandler {

	static final String OPEN_COMMAND = "io.trustbench.pki.ui.openDeviceCertificate";
	private static final String PLUGIN_ID = "io.trustbench.secureelement.ui";
	private static final Map<String, int[]> CERTIFICATES_BY_KIND = Map.of("root-dongle", new int[] { 0 },
			"signer-dongle", new int[] { 1, 2 }, "thing", new int[] { 3 });

	@Override
	public Object execute(ExecutionEvent event) {
		if (!(HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection)
				|| !(selection.getFirstElement() instanceof ExplorerNode node) || node.device() == null) {
			return null;
		}
		DeviceNode device = node.device();
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		Job job = Job.create("Reading certificates from " + device.id(),
				(org.eclipse.core.runtime.jobs.IJobFunction) monitor -> read(device, window, monitor));
		job.setRule(io.trustbench.secureelement.ui.internal.explorer.DeviceRule.forDevice(device.id()));
		job.schedule();
		return null;
	}

	private static IStatus read(DeviceNode device, IWorkbenchWindow window, IProgressMonitor monitor) {
		int[] ids = CERTIFICATES_BY_KIND.getOrDefault(device.descriptor().kind(), new int[] { 0, 1, 2, 3 });
		List<String> pems = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		try (KitClient kit = device.model().devices().openKit(device.id(), monitor)) {
			for (int id : ids) {
				try {
					pems.add(kit.awsCertificatePem(id));
				} catch (SecureElementException e) {
					problems.add(String.format("aws:g(%02X): %s", id, e.getMessage()));
				}
			}
		} catch (SecureElementException e) {
			return show(Status.error(device.id() + ": " + e.getMessage()));
		}
		if (pems.isEmpty()) {
			return show(Status.warning(device.id() + " holds no certificate it can rebuild (" + String.join("; ", problems) + ")"));
		}
		String joined = String.join("\n", pems);
		Display.getDefault().asyncExec(() -> open(window, device, joined));
		return Status.OK_STATUS;
	}

	private static void open(IWorkbenchWindow window, DeviceNode device, String pem) {
		try {
			ICommandService commands = window.getService(ICommandService.class);
			Command command = commands.getCommand(OPEN_COMMAND);
			if (!command.isDefined()) {
				show(Status.error("the Certificate Inspector (bundle io.trustbench.pki.ui) is not installed"));
				return;
			}
			Map<String, String> parameters = Map.of("io.trustbench.pki.ui.certificates",
					Base64.getEncoder().encodeToString(pem.getBytes(StandardCharsets.US_ASCII)),
					"io.trustbench.pki.ui.title", "Certificates of " + device.id(),
					"io.trustbench.pki.ui.origin", "rebuilt by " + device.id() + " (aws:g)");
			window.getService(IHandlerService.class).executeCommand(ParameterizedCommand.generateCommand(command, parameters), null);
		} catch (Exception e) {
			show(Status.error("cannot open the certificates of " + device.id() + ": " + e.getMessage(), e));
		}
	}

	private static IStatus show(IStatus status) {
		IStatus withPlugin = new Status(status.getSeverity(), PLUGIN_ID, status.getMessage(), status.getException());
		StatusManager.getManager().handle(withPlugin, StatusManager.SHOW | StatusManager.LOG);
		return Status.OK_STATUS;
	}
}
