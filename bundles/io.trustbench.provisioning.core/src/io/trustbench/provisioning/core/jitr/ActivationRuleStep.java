package io.trustbench.provisioning.core.jitr;

import org.eclipse.core.runtime.IProgressMonitor;

import software.amazon.awssdk.services.iot.IotClient;

import io.trustbench.provisioning.core.aws.CloudSession;
import io.trustbench.provisioning.core.aws.ConnectionProfile;
import io.trustbench.provisioning.core.byoc.ByocFlow;
import io.trustbench.provisioning.core.flow.FlowContext;
import io.trustbench.provisioning.core.flow.FlowStep;

/** The JITR activation rule on the CA's registration events (and, on AWS, its Lambda function and role). */
public final class ActivationRuleStep implements FlowStep {
	@Override
	public String id() {
		return "activation";
	}

	@Override
	public String label() {
		return "Activation rule for new certificates";
	}

	@Override
	public String explanation() {
		return "A topic rule on $aws/events/certificates/registered/<CA id> invokes the activation function, which "
				+ "creates the thing, attaches a least-privilege policy and activates the certificate (the seed's "
				+ "Lambda attached iot:* on *).";
	}

	@Override
	public void run(FlowContext context, IProgressMonitor monitor) throws Exception {
		CloudSession cloud = context.cloud(monitor);
		String caId = context.state().require(ByocFlow.CA_ID);
		String rule = ActivationSetup.ruleName(caId);
		IotClient iot = cloud.iot();
		if (ActivationSetup.ruleExists(iot, rule)) {
			context.log("rule " + rule + " exists");
			return;
		}
		String functionArn;
		if (cloud.profile().kind() == ConnectionProfile.Kind.LOCAL_EMULATOR) {
			String account = cloud.emulator().map(e -> e.accountId()).orElse("000000000000");
			functionArn = "arn:aws:lambda:" + cloud.region().id() + ":" + account + ":function:" + ActivationSetup.FUNCTION;
			context.log("built-in activation function " + functionArn);
		} else {
			functionArn = ActivationSetup.ensureLambda(cloud);
			context.log("Lambda function " + functionArn);
		}
		ActivationSetup.createRule(iot, rule, caId, functionArn);
		context.log("rule " + rule + ": " + ActivationSetup.sql(caId));
	}

	@Override
	public boolean stillValid(FlowContext context, IProgressMonitor monitor) throws Exception {
		return ActivationSetup.ruleExists(context.cloud(monitor).iot(), ActivationSetup.ruleName(context.state().require(ByocFlow.CA_ID)));
	}
}
