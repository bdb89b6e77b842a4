package io.trustbench.provisioning.core.thing;

import org.eclipse.core.runtime.IProgressMonitor;

import io.trustbench.provisioning.core.aws.CloudSession;
import io.trustbench.provisioning.core.flow.FlowContext;
import io.trustbench.provisioning.core.flow.FlowStep;

/** Connect (now accepted), publish on the thing's topic, report the shadow. */
public final class PublishStep implements FlowStep {

	private final ThingConnector connector;

	public PublishStep(ThingConnector connector) {
		this.connector = connector;
	}

	@Override
	public String id() {
		return "publish";
	}

	@Override
	public String label() {
		return "Connect, publish and update the shadow";
	}

	@Override
	public String explanation() {
		return "The thing connects again — now accepted — publishes a message on its own topic and reports its "
				+ "state to its Device Shadow, as the seed's firmware does with its LEDs and buttons.";
	}

	@Override
	public void run(FlowContext context, IProgressMonitor monitor) throws Exception {
		CloudSession cloud = context.cloud(monitor);
		String name = context.state().require(ThingOptions.THING_NAME);
		String detail = connector.publishAndReport(context.devices(), ThingOptions.thingId(context),
				cloud.serverCaFile().orElse(null), "things/" + name + "/telemetry", "{\"hello\":\"from " + name + "\"}",
				"{\"led1\":\"off\",\"button1\":\"up\"}", monitor);
		context.log(detail);
	}

	@Override
	public boolean stillValid(FlowContext context, IProgressMonitor monitor) {
		return false;
	}
}
