package io.trustbench.provisioning.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import io.trustbench.provisioning.core.flow.FlowRegistry;
import io.trustbench.provisioning.ui.ProvisioningUi;
import io.trustbench.provisioning.ui.internal.wizard.FlowWizard;
import io.trustbench.provisioning.ui.internal.wizard.FlowWizardDialog;

/**
 * Opens the wizard of the flow named by the command's parameter, or with the list of flows first;
 * with a device id, that kit is chosen in the device inputs of its type.
 */
public final class OpenFlowWizardHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		String id = event.getParameter(ProvisioningUi.FLOW_ID_PARAMETER);
		FlowRegistry.Descriptor flow = null;
		if (id != null) {
			flow = FlowRegistry.find(id).orElseThrow(() -> new ExecutionException(NLS.bind(Messages.Handler_noFlow, id)));
		}
		FlowWizard wizard = new FlowWizard(flow, event.getParameter(ProvisioningUi.DEVICE_ID_PARAMETER));
		wizard.init(window.getWorkbench(), StructuredSelection.EMPTY);
		FlowWizardDialog.open(window.getShell(), wizard);
		return null;
	}
}
