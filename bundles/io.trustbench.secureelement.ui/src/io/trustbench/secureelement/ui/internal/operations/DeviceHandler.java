package io.trustbench.secureelement.ui.internal.operations;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import io.trustbench.secureelement.ui.internal.explorer.ExplorerNode;

/**
 * Base of the chip operation handlers: takes the selected explorer node, asks what it needs
 * (through {@link DeviceDialogs}), and schedules a {@link DeviceJob}. Returns the job, so callers
 * of {@code IHandlerService.executeCommand} (tests, scripts) can wait for it.
 */
abstract class DeviceHandler extends AbstractHandler {

	@Override
	public final Object execute(ExecutionEvent event) {
		IStructuredSelection selection = HandlerUtil.getCurrentStructuredSelection(event);
		if (!(selection.getFirstElement() instanceof ExplorerNode node) || node.device() == null) {
			return null;
		}
		DeviceDialogs dialogs = DeviceDialogs.from(HandlerUtil.getActiveWorkbenchWindow(event));
		Shell shell = HandlerUtil.getActiveShell(event);
		DeviceJob job = createJob(node, dialogs, shell);
		if (job != null) {
			job.schedule();
		}
		return job;
	}

	/** The job to run for this node, or null when the user cancelled. */
	abstract DeviceJob createJob(ExplorerNode node, DeviceDialogs dialogs, Shell shell);
}
