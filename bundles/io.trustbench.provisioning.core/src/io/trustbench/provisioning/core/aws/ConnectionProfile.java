package io.trustbench.provisioning.core.aws;

import java.net.URI;
import java.util.Objects;

/**
 * Where the flows talk to AWS IoT: the local emulator (default, started on demand), a real AWS
 * account (profile and region from the AWS default provider chain), or any AWS-compatible endpoint
 * (`--endpoint-url`, as the AWS CLI names it; e.g. moto_server). Holds no secrets.
 */
public record ConnectionProfile(Kind kind, String awsProfile, String region, URI endpointUrl) {

	public enum Kind { LOCAL_EMULATOR, AWS, ENDPOINT }

	public static final String DEFAULT_REGION = "us-west-2";

	public ConnectionProfile {
		Objects.requireNonNull(kind);
		region = region == null || region.isBlank() ? null : region;
	}

	public static ConnectionProfile localEmulator() {
		return new ConnectionProfile(Kind.LOCAL_EMULATOR, null, DEFAULT_REGION, null);
	}

	public static ConnectionProfile aws(String profile, String region) {
		return new ConnectionProfile(Kind.AWS, profile, region, null);
	}

	public static ConnectionProfile endpoint(URI url, String profile, String region) {
		return new ConnectionProfile(Kind.ENDPOINT, profile, region, url);
	}

	/** For logs and summaries. */
	public String describe() {
		return switch (kind) {
		case LOCAL_EMULATOR -> "local AWS IoT emulator";
		case AWS -> "AWS IoT" + (region == null ? "" : " in " + region) + (awsProfile == null ? "" : " (profile " + awsProfile + ")");
		case ENDPOINT -> "AWS-compatible endpoint " + endpointUrl;
		};
	}

	/** A short, file-name-safe key, so flow state of different targets never mixes. */
	public String stateKey() {
		return switch (kind) {
		case LOCAL_EMULATOR -> "local";
		case AWS -> "aws-" + (awsProfile == null ? "default" : awsProfile) + "-" + (region == null ? "default" : region);
		case ENDPOINT -> "endpoint-" + endpointUrl.getHost() + "-" + endpointUrl.getPort();
		};
	}
}
