package io.trustbench.provisioning.ui.internal.handlers;

import java.util.Map;

import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;
import org.eclipse.ui.menus.IWorkbenchContribution;
import org.eclipse.ui.services.IServiceLocator;

import io.trustbench.provisioning.core.flow.FlowRegistry;
import io.trustbench.provisioning.ui.ProvisioningUi;
import io.trustbench.provisioning.ui.internal.run.RunImages;

/**
 * One menu entry per contributed flow, read from the registry each time the menu opens: a vendor's
 * flow appears in File > New and in the Provisioning menu without a line of UI code.
 */
public final class FlowMenuItems extends CompoundContributionItem implements IWorkbenchContribution {

	private IServiceLocator services;

	@Override
	public void initialize(IServiceLocator serviceLocator) {
		services = serviceLocator;
	}

	@Override
	protected IContributionItem[] getContributionItems() {
		return FlowRegistry.flows().stream().map(this::item).toArray(IContributionItem[]::new);
	}

	private IContributionItem item(FlowRegistry.Descriptor flow) {
		CommandContributionItemParameter parameter = new CommandContributionItemParameter(services,
				ProvisioningUi.PLUGIN_ID + ".flow." + flow.id(), ProvisioningUi.OPEN_WIZARD_COMMAND,
				CommandContributionItem.STYLE_PUSH);
		parameter.parameters = Map.of(ProvisioningUi.FLOW_ID_PARAMETER, flow.id());
		parameter.label = flow.label() + "…";
		parameter.tooltip = flow.description();
		parameter.icon = RunImages.descriptor("icons/flow16.png");
		return new CommandContributionItem(parameter);
	}
}
