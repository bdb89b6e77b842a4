package io.trustbench.provisioning.core.thing;

import java.time.Duration;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import software.amazon.awssdk.services.iot.IotClient;
import software.amazon.awssdk.services.iot.model.CertificateStatus;
import software.amazon.awssdk.services.iot.model.DescribeCertificateRequest;
import software.amazon.awssdk.services.iot.model.ResourceNotFoundException;

import io.trustbench.provisioning.core.flow.FlowContext;
import io.trustbench.provisioning.core.flow.FlowStep;

/** Polls DescribeCertificate with back-off (200 ms doubling to 10 s) until the certificate is ACTIVE. */
public final class ActivationWaitStep implements FlowStep {

	public static final String TIMEOUT_OPTION = "activationTimeout";

	private final String activatedBy;

	/** @param activatedBy who activates it, for the explanation and the timeout message */
	public ActivationWaitStep(String activatedBy) {
		this.activatedBy = activatedBy;
	}

	@Override
	public String id() {
		return "activated";
	}

	@Override
	public String label() {
		return "Wait for activation";
	}

	@Override
	public String explanation() {
		return "The certificate becomes ACTIVE when " + activatedBy + " has run; DescribeCertificate is polled "
				+ "with back-off until then.";
	}

	@Override
	public void run(FlowContext context, IProgressMonitor monitor) throws Exception {
		IotClient iot = context.cloud(monitor).iot();
		String id = context.state().require(ThingOptions.CERTIFICATE_ID);
		Duration wait = Duration.ofMillis(200);
		long deadline = System.nanoTime()
				+ Duration.ofSeconds(Long.parseLong(context.options().get(TIMEOUT_OPTION, "90"))).toNanos();
		while (true) {
			if (monitor != null && monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			String status;
			try {
				status = iot.describeCertificate(DescribeCertificateRequest.builder().certificateId(id).build())
						.certificateDescription().statusAsString();
			} catch (ResourceNotFoundException e) {
				status = "not registered yet";
			}
			if (CertificateStatus.ACTIVE.toString().equals(status)) {
				context.log("certificate " + id + " ACTIVE");
				return;
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("certificate " + id + " is still " + status + "; has " + activatedBy + " run?");
			}
			context.log("certificate " + status + "; checking again in " + wait.toMillis() + " ms");
			Thread.sleep(wait.toMillis());
			wait = wait.multipliedBy(2).compareTo(Duration.ofSeconds(10)) > 0 ? Duration.ofSeconds(10) : wait.multipliedBy(2);
		}
	}
}
