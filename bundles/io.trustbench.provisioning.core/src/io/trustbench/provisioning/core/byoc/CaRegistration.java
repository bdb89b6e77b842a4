package io.trustbench.provisioning.core.byoc;

import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.iot.IotClient;
import software.amazon.awssdk.services.iot.model.CACertificateDescription;
import software.amazon.awssdk.services.iot.model.DescribeCaCertificateRequest;
import software.amazon.awssdk.services.iot.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.iot.model.ResourceNotFoundException;

/**
 * Finds a registered CA without ListCACertificates (moto does not implement it): by the id a run
 * saved, by AWS's id convention (SHA-256 of the DER), or from the id AWS names when it refuses a
 * second registration.
 */
public final class CaRegistration {

	private static final Pattern ID = Pattern.compile("\\b([0-9a-f]{64})\\b");

	private CaRegistration() {
	}

	/** AWS's certificate id: lowercase hex SHA-256 of the DER. */
	public static String awsId(X509Certificate certificate) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
	}

	public static Optional<CACertificateDescription> describe(IotClient iot, String id) {
		try {
			return Optional.of(iot.describeCACertificate(DescribeCaCertificateRequest.builder().certificateId(id).build())
					.certificateDescription());
		} catch (ResourceNotFoundException e) {
			return Optional.empty();
		} catch (AwsServiceException e) {
			// Some implementations answer 400/404 without the typed exception for unknown ids.
			if (e.statusCode() == 404 || e.statusCode() == 400) {
				return Optional.empty();
			}
			throw e;
		}
	}

	/** The existing CA id that AWS names in a ResourceAlreadyExistsException, if any. */
	public static Optional<String> existingId(ResourceAlreadyExistsException e) {
		if (e.resourceId() != null && !e.resourceId().isBlank()) {
			return Optional.of(e.resourceId());
		}
		Matcher matcher = ID.matcher(String.valueOf(e.getMessage()));
		return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
	}
}
