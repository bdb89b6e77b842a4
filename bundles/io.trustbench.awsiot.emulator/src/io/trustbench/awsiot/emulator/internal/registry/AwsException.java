package io.trustbench.awsiot.emulator.internal.registry;

/**
 * An AWS-style service error: the error type the SDKs map to exception classes (sent as the
 * {@code x-amzn-ErrorType} header), its HTTP status and a one-line message.
 */
public final class AwsException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String errorType;
	private final int httpStatus;
	private final String resourceId;
	private final String resourceArn;

	public AwsException(String errorType, int httpStatus, String message) {
		this(errorType, httpStatus, message, null, null);
	}

	public AwsException(String errorType, int httpStatus, String message, String resourceId, String resourceArn) {
		super(message);
		this.errorType = errorType;
		this.httpStatus = httpStatus;
		this.resourceId = resourceId;
		this.resourceArn = resourceArn;
	}

	public static AwsException invalidRequest(String message) {
		return new AwsException("InvalidRequestException", 400, message);
	}

	public static AwsException notFound(String message) {
		return new AwsException("ResourceNotFoundException", 404, message);
	}

	public static AwsException alreadyExists(String message, String resourceId, String resourceArn) {
		return new AwsException("ResourceAlreadyExistsException", 409, message, resourceId, resourceArn);
	}

	public static AwsException certificateState(String message) {
		return new AwsException("CertificateStateException", 406, message);
	}

	public static AwsException certificateValidation(String message) {
		return new AwsException("CertificateValidationException", 400, message);
	}

	public static AwsException deleteConflict(String message) {
		return new AwsException("DeleteConflictException", 409, message);
	}

	public String errorType() {
		return errorType;
	}

	public int httpStatus() {
		return httpStatus;
	}

	public String resourceId() {
		return resourceId;
	}

	public String resourceArn() {
		return resourceArn;
	}
}
