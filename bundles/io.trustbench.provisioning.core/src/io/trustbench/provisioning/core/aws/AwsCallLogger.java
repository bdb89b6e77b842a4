package io.trustbench.provisioning.core.aws;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

import io.trustbench.core.TrafficLog;

/**
 * Logs every AWS call to the Console, one line out and one line back (operation and HTTP status),
 * as the seed's tool did. Deliberately never logs headers or bodies: they carry credentials,
 * certificates and registration codes.
 */
public final class AwsCallLogger implements ExecutionInterceptor {

	private final String target;

	public AwsCallLogger(String target) {
		this.target = target;
	}

	@Override
	public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
		TrafficLog.global().log(TrafficLog.Channel.CLOUD_TX, target, operation(attributes));
	}

	@Override
	public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
		TrafficLog.global().log(TrafficLog.Channel.CLOUD_RX, target,
				operation(attributes) + " → HTTP " + context.httpResponse().statusCode());
	}

	@Override
	public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
		TrafficLog.global().log(TrafficLog.Channel.ERROR, target,
				operation(attributes) + " failed: " + context.exception().getMessage());
	}

	private static String operation(ExecutionAttributes attributes) {
		String service = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME);
		String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
		return (service == null ? "" : service + ".") + (operation == null ? "?" : operation);
	}
}
