package io.trustbench.provisioning.ui.internal.wizard;

import java.net.URI;
import java.net.URISyntaxException;

import io.trustbench.provisioning.core.aws.ConnectionProfile;

/**
 * What the connection page holds: the target kind and its fields, and AWS keys typed by the user.
 * The keys only wait here until the run starts, when they go to secure storage and are forgotten.
 */
public final class ConnectionSettings {

	private ConnectionProfile.Kind kind = ConnectionProfile.Kind.LOCAL_EMULATOR;
	private String awsProfile = "";
	private String region = ConnectionProfile.DEFAULT_REGION;
	private String endpointUrl = "";
	private String accessKeyId = "";
	private String secretAccessKey = "";

	public ConnectionProfile.Kind kind() {
		return kind;
	}

	public void setKind(ConnectionProfile.Kind kind) {
		this.kind = kind;
	}

	public void setAwsProfile(String awsProfile) {
		this.awsProfile = awsProfile.trim();
	}

	public void setRegion(String region) {
		this.region = region.trim();
	}

	public void setEndpointUrl(String endpointUrl) {
		this.endpointUrl = endpointUrl.trim();
	}

	public void setCredentials(String accessKeyId, String secretAccessKey) {
		this.accessKeyId = accessKeyId.trim();
		this.secretAccessKey = secretAccessKey;
	}

	/** What is wrong with the fields, in one line, or null. */
	public String problem() {
		if (kind == ConnectionProfile.Kind.ENDPOINT) {
			try {
				URI uri = new URI(endpointUrl);
				if (uri.getScheme() == null || uri.getHost() == null || !uri.getScheme().startsWith("http")) {
					return Messages.Connection_endpointInvalid;
				}
			} catch (URISyntaxException e) {
				return Messages.Connection_endpointInvalid;
			}
		}
		if (kind != ConnectionProfile.Kind.LOCAL_EMULATOR && !region.isEmpty() && !region.matches("[a-z]{2}(-[a-z]+)+-\\d+")) {
			return Messages.Connection_regionInvalid;
		}
		if (kind != ConnectionProfile.Kind.LOCAL_EMULATOR && accessKeyId.isEmpty() != secretAccessKey.isEmpty()) {
			return Messages.Connection_keysIncomplete;
		}
		return null;
	}

	public ConnectionProfile profile() {
		String profile = awsProfile.isEmpty() ? null : awsProfile;
		return switch (kind) {
		case LOCAL_EMULATOR -> ConnectionProfile.localEmulator();
		case AWS -> ConnectionProfile.aws(profile, region);
		case ENDPOINT -> ConnectionProfile.endpoint(URI.create(endpointUrl), profile, region);
		};
	}

	/** The secure-storage node the keys belong to: the AWS profile name, as the core reads it back. */
	public String storageKey() {
		return awsProfile.isEmpty() ? "default" : awsProfile;
	}

	public boolean hasNewCredentials() {
		return kind != ConnectionProfile.Kind.LOCAL_EMULATOR && !accessKeyId.isEmpty() && !secretAccessKey.isEmpty();
	}

	String accessKeyId() {
		return accessKeyId;
	}

	String secretAccessKey() {
		return secretAccessKey;
	}

	/** After the keys were saved: nothing of them stays in memory here. */
	void forgetCredentials() {
		accessKeyId = "";
		secretAccessKey = "";
	}
}
