package io.trustbench.provisioning.ui.internal.handlers;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.ISources;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;
import org.eclipse.ui.menus.IWorkbenchContribution;
import org.eclipse.ui.services.IEvaluationService;
import org.eclipse.ui.services.IServiceLocator;

import io.trustbench.core.WorkspaceLocation;
import io.trustbench.provisioning.core.flow.FlowRegistry;
import io.trustbench.provisioning.ui.ProvisioningUi;
import io.trustbench.provisioning.ui.internal.run.RunImages;
import io.trustbench.secureelement.core.DeviceDescriptor;
import io.trustbench.secureelement.core.DeviceManager;

/**
 * One menu entry per contributed flow, read from the registry each time the menu opens: a vendor's
 * flow appears in File > New and in the Provisioning menu without a line of UI code. Declared with
 * the data {@code selectedKit} (a kit's context menu), it lists the flows that take the selected kit,
 * read through an adapter to {@link DeviceDescriptor}, each opening with the kit chosen.
 */
public final class FlowMenuItems extends CompoundContributionItem implements IWorkbenchContribution, IExecutableExtension {

	private IServiceLocator services;
	private boolean forSelectedKit;

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		forSelectedKit = "selectedKit".equals(data);
	}

	@Override
	public void initialize(IServiceLocator serviceLocator) {
		services = serviceLocator;
	}

	@Override
	protected IContributionItem[] getContributionItems() {
		if (!forSelectedKit) {
			return items(FlowRegistry.flows(), null);
		}
		DeviceDescriptor kit = selectedKit();
		if (kit == null) {
			return new IContributionItem[0];
		}
		Path workspace = WorkspaceLocation.get();
		return items(DeviceFlows.forDevice(kit, workspace, DeviceManager.forWorkspace(workspace)), kit.id());
	}

	private DeviceDescriptor selectedKit() {
		IEvaluationService evaluation = services.getService(IEvaluationService.class);
		Object selection = evaluation == null ? null
				: evaluation.getCurrentState().getVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME);
		return selection instanceof IStructuredSelection structured && structured.size() == 1
				? Adapters.adapt(structured.getFirstElement(), DeviceDescriptor.class)
				: null;
	}

	/** Entries that open each flow's wizard, with {@code deviceId} (or null) chosen in its device inputs. */
	private IContributionItem[] items(List<FlowRegistry.Descriptor> flows, String deviceId) {
		return flows.stream().map(flow -> {
			CommandContributionItemParameter parameter = new CommandContributionItemParameter(services,
					ProvisioningUi.PLUGIN_ID + ".flow." + flow.id(), ProvisioningUi.OPEN_WIZARD_COMMAND,
					CommandContributionItem.STYLE_PUSH);
			Map<String, String> parameters = new HashMap<>();
			parameters.put(ProvisioningUi.FLOW_ID_PARAMETER, flow.id());
			if (deviceId != null) {
				parameters.put(ProvisioningUi.DEVICE_ID_PARAMETER, deviceId);
			}
			parameter.parameters = parameters;
			parameter.label = flow.label() + "…";
			parameter.tooltip = flow.description();
			parameter.icon = RunImages.descriptor("icons/flow16.png");
			return new CommandContributionItem(parameter);
		}).toArray(IContributionItem[]::new);
	}
}
