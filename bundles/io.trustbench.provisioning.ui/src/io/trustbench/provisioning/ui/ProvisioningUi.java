package io.trustbench.provisioning.ui;

/** Ids other bundles (the Device Explorer, the AWS console view, tests) use to open a flow's wizard. */
public final class ProvisioningUi {

	public static final String PLUGIN_ID = "io.trustbench.provisioning.ui";
	/** Opens the wizard of the flow named by {@link #FLOW_ID_PARAMETER}, or the list of all flows. */
	public static final String OPEN_WIZARD_COMMAND = "io.trustbench.provisioning.ui.openFlowWizard";
	public static final String FLOW_ID_PARAMETER = "io.trustbench.provisioning.ui.flowId";
	/** Optional: a kit (e.g. {@code emu-thing}) to choose in the flow's device inputs of its type. */
	public static final String DEVICE_ID_PARAMETER = "io.trustbench.provisioning.ui.deviceId";
	public static final String NEW_WIZARD_ID = "io.trustbench.provisioning.ui.flowWizard";
	/** Family of the jobs that run flows: wait on it, or cancel it. */
	public static final Object JOB_FAMILY = ProvisioningUi.class.getName() + ".flowJobs";

	private ProvisioningUi() {
	}
}
