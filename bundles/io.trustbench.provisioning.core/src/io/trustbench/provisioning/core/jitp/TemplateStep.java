package io.trustbench.provisioning.core.jitp;

import org.eclipse.core.runtime.IProgressMonitor;

import software.amazon.awssdk.services.iot.IotClient;
import software.amazon.awssdk.services.iot.model.DescribeCaCertificateResponse;
import software.amazon.awssdk.services.iot.model.RegistrationConfig;

import io.trustbench.provisioning.core.aws.CloudSession;
import io.trustbench.provisioning.core.byoc.ByocFlow;
import io.trustbench.provisioning.core.flow.FlowContext;
import io.trustbench.provisioning.core.flow.FlowStep;

/** Puts the provisioning template on the signer CA (UpdateCACertificate registrationConfig), once. */
public final class TemplateStep implements FlowStep {

	@Override
	public String id() {
		return "template";
	}

	@Override
	public String label() {
		return "Provisioning template on the signer CA";
	}

	@Override
	public String explanation() {
		return "With a template in the CA's registration config, AWS IoT provisions a thing the first time one of the "
				+ "CA's devices connects: it creates the thing named after the certificate's CN, attaches a "
				+ "least-privilege policy and activates the certificate — no function of your own to run.";
	}

	@Override
	public void run(FlowContext context, IProgressMonitor monitor) throws Exception {
		CloudSession cloud = context.cloud(monitor);
		String caId = context.state().require(ByocFlow.CA_ID);
		if (hasOurTemplate(cloud.iot(), caId)) {
			context.log("CA " + caId + " already has the Trustbench template");
			return;
		}
		String roleArn = JitpTemplate.roleArn(cloud);
		cloud.iot().updateCACertificate(r -> r.certificateId(caId)
				.registrationConfig(RegistrationConfig.builder().templateBody(JitpTemplate.BODY).roleArn(roleArn).build()));
		if (!hasOurTemplate(cloud.iot(), caId)) {
			throw new IllegalStateException("UpdateCACertificate answered, but CA " + caId
					+ " does not show the template (does this endpoint support JITP registration configs?)");
		}
		context.log("template set on CA " + caId + " (role " + roleArn + ")");
	}

	@Override
	public boolean stillValid(FlowContext context, IProgressMonitor monitor) throws Exception {
		return hasOurTemplate(context.cloud(monitor).iot(), context.state().require(ByocFlow.CA_ID));
	}

	private static boolean hasOurTemplate(IotClient iot, String caId) {
		DescribeCaCertificateResponse description = iot.describeCACertificate(r -> r.certificateId(caId));
		RegistrationConfig config = description.registrationConfig();
		return config != null && JitpTemplate.BODY.equals(config.templateBody());
	}
}
