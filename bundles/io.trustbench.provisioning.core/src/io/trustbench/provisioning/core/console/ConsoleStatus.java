package io.trustbench.provisioning.core.console;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

import io.trustbench.provisioning.core.flow.FlowRunner;

/** One-line statuses for console calls: the AWS error message and code, not the SDK's request ids. */
public final class ConsoleStatus {

	public static final String PLUGIN_ID = FlowRunner.PLUGIN_ID;

	private ConsoleStatus() {
	}

	public static IStatus ok(String message) {
		return new Status(IStatus.OK, PLUGIN_ID, message);
	}

	public static IStatus info(String message) {
		return new Status(IStatus.INFO, PLUGIN_ID, message);
	}

	public static IStatus error(String message) {
		return new Status(IStatus.ERROR, PLUGIN_ID, message);
	}

	/** Runs one AWS call: {@code done} when it succeeds, {@code failed: reason} when the SDK throws. */
	public static IStatus attempt(Runnable call, String done, String failed) {
		try {
			call.run();
			return ok(done);
		} catch (SdkException e) {
			return error(failed, e);
		}
	}

	/** {@code what: reason}, one line, with the exception attached for the log. */
	public static IStatus error(String what, Throwable e) {
		return new Status(IStatus.ERROR, PLUGIN_ID, what + ": " + reason(e), e);
	}

	/** The reason of a failure in one line; for AWS errors the service's own message and error code. */
	public static String reason(Throwable e) {
		if (e instanceof AwsServiceException aws && aws.awsErrorDetails() != null) {
			String message = aws.awsErrorDetails().errorMessage();
			String code = aws.awsErrorDetails().errorCode();
			if (message != null && !message.isBlank() && !message.trim().startsWith("<")) {
				String line = message.replaceAll("\\s+", " ").trim();
				return code == null || code.isBlank() ? line : line + " (" + code + ")";
			}
			return "HTTP " + aws.statusCode() + (code == null || code.isBlank() ? "" : " " + code);
		}
		return FlowRunner.oneLine(e);
	}
}
