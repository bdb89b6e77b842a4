package io.trustbench.provisioning.core.console;

import java.util.Optional;

import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * Recognises "this endpoint does not implement that operation" (moto_server answers
 * ListCACertificates with an HTML 500 page; other implementations with 404/501 or an
 * unknown-operation code), so the view can say so instead of failing. A real AWS error (a JSON
 * body with an error code such as InternalFailureException) is not taken for one.
 */
public final class Unsupported {

	private Unsupported() {
	}

	public static boolean is(Throwable e) {
		if (!(e instanceof AwsServiceException aws)) {
			return false;
		}
		String code = aws.awsErrorDetails() == null ? null : aws.awsErrorDetails().errorCode();
		String message = aws.awsErrorDetails() == null ? null : aws.awsErrorDetails().errorMessage();
		boolean noAwsCode = code == null || code.isBlank() || code.equals(Integer.toString(aws.statusCode()))
				|| code.equals("InternalServerError") || (message != null && message.trim().startsWith("<"));
		return switch (aws.statusCode()) {
		case 501 -> true;
		case 404, 405, 500 -> noAwsCode || isUnknownOperation(code);
		default -> isUnknownOperation(code);
		};
	}

	private static boolean isUnknownOperation(String code) {
		return code != null && (code.equals("UnknownOperationException") || code.equals("NotImplemented")
				|| code.equals("InvalidAction"));
	}

	/** The message the view shows in place of the rows. */
	public static String message(String operation) {
		return operation + " is not supported by this endpoint";
	}

	/** {@link #message(String)} when {@code e} means "not implemented", else empty. */
	public static Optional<String> of(String operation, Throwable e) {
		return is(e) ? Optional.of(message(operation)) : Optional.empty();
	}
}
