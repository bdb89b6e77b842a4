package io.trustbench.provisioning.core.thing;

import java.util.List;

import io.trustbench.provisioning.core.flow.FlowContext;
import io.trustbench.provisioning.core.flow.FlowStep;

/** The steps after preparing a thing — first connection, activation, publish — shared by JITR and JITP. */
public final class ConnectSteps {

	private ConnectSteps() {
	}

	/**
	 * @param afterRegistration what the cloud does on registration ("the activation rule runs")
	 * @param activatedBy       who activates the certificate ("the activation function")
	 */
	public static List<FlowStep> after(FlowContext context, ThingConnector connector, String afterRegistration,
			String activatedBy) {
		if (ThingOptions.setupOnly(context)) {
			return List.of();
		}
		if (connector == null) {
			return List.of(new NoConnectorStep());
		}
		return List.of(new FirstConnectStep(connector, afterRegistration), new ActivationWaitStep(activatedBy),
				new PublishStep(connector));
	}
}
