package io.trustbench.provisioning.core.console.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

import io.trustbench.provisioning.core.console.ConsoleStatus;
import io.trustbench.provisioning.core.console.Unsupported;

/** "Not implemented by this endpoint" versus a real AWS error, from what the SDK hands back. */
public class UnsupportedTest {

	private static AwsServiceException error(int status, String code, String message) {
		return AwsServiceException.builder().statusCode(status)
				.awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(message).build()).build();
	}

	@Test
	void motoHtml500AndUnknownOperationsAreUnsupported() {
		assertTrue(Unsupported.is(error(500, null, "<!doctype html><title>500 Internal Server Error</title>")));
		assertTrue(Unsupported.is(error(404, "UnknownOperationException", "unsupported operation GET /policies/x/version")));
		assertTrue(Unsupported.is(error(501, "Whatever", "not implemented")));
	}

	@Test
	void realAwsErrorsAreNot() {
		assertFalse(Unsupported.is(error(500, "InternalFailureException", "An internal failure occurred")));
		assertFalse(Unsupported.is(error(404, "ResourceNotFoundException", "No thing named x")));
		assertFalse(Unsupported.is(error(409, "DeleteConflictException", "attached")));
		assertFalse(Unsupported.is(new IllegalStateException("not an AWS answer")));
	}

	@Test
	void reasonsAreOneLineWithTheAwsCode() {
		assertEquals("Things must be detached before deletion (DeleteConflictException)",
				ConsoleStatus.reason(error(409, "DeleteConflictException", "Things must be\n detached before deletion")));
		assertEquals("HTTP 500", ConsoleStatus.reason(error(500, null, "<!doctype html>\n<html>")));
	}
}
