package io.trustbench.secureelement.ui.internal.operations;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.progress.IProgressConstants;

import io.trustbench.secureelement.core.SecureElement;
import io.trustbench.secureelement.core.SecureElementException;
import io.trustbench.secureelement.ui.SecureElementUi;
import io.trustbench.secureelement.ui.internal.explorer.DeviceNode;
import io.trustbench.secureelement.ui.internal.explorer.DeviceRule;
import io.trustbench.secureelement.ui.internal.explorer.ExplorerModel;

/**
 * Runs one {@link DeviceOperation} on a device: opens the kit, runs, closes, then shows the result
 * or the error through {@link DeviceDialogs} on the UI thread. One scheduling rule per device, so
 * a kit never gets two conversations at once. The platform's own error prompt is turned off
 * because the error is reported here, once, with the operation's name.
 */
public final class DeviceJob extends Job {

	private final DeviceNode device;
	private final DeviceOperation operation;
	private final boolean changesChip;
	private final DeviceDialogs dialogs;
	private final Shell shell;
	private volatile OperationResult result;
	private boolean copyPem;

	public DeviceJob(String name, DeviceNode device, DeviceOperation operation, boolean changesChip,
			DeviceDialogs dialogs, Shell shell) {
		super(name);
		this.device = device;
		this.operation = operation;
		this.changesChip = changesChip;
		this.dialogs = dialogs;
		this.shell = shell;
		setRule(DeviceRule.forDevice(device.id()));
		setUser(true);
		setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
	}

	/** On success, put the result's PEM on the clipboard instead of showing the result. */
	public DeviceJob copyingPem() {
		copyPem = true;
		return this;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor sub = SubMonitor.convert(monitor, getName(), 10);
		IStatus status;
		try (SecureElement chip = device.model().devices().open(device.id(), sub.split(2))) {
			result = operation.run(chip, sub.split(8));
			status = Status.OK_STATUS;
		} catch (SecureElementException e) {
			// The core's message is the whole story (refusal, chip status, unplugged); no stack trace.
			status = new Status(IStatus.ERROR, SecureElementUi.PLUGIN_ID,
					NLS.bind(Messages.DeviceJob_failed, getName(), e.getMessage()));
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (RuntimeException e) {
			status = new Status(IStatus.ERROR, SecureElementUi.PLUGIN_ID,
					NLS.bind(Messages.DeviceJob_failed, getName(), e.toString()), e);
		} finally {
			if (changesChip) {
				device.model().reread(device);
			}
		}
		report(status);
		return status;
	}

	private void report(IStatus status) {
		Display display = shell != null && !shell.isDisposed() ? shell.getDisplay() : PlatformUI.getWorkbench().getDisplay();
		OperationResult shown = result;
		display.asyncExec(() -> {
			Shell parent = shell == null || shell.isDisposed() ? null : shell;
			if (status.isOK() && copyPem) {
				dialogs.copyToClipboard(parent, shown.pem());
			} else if (status.isOK()) {
				dialogs.showResult(parent, shown);
			} else {
				dialogs.showError(parent, getName(), status);
			}
		});
	}

	/** The operation's result once the job is done, or null (failed, cancelled, running). */
	public OperationResult result() {
		return result;
	}

	@Override
	public boolean belongsTo(Object family) {
		return ExplorerModel.JOB_FAMILY.equals(family);
	}
}
