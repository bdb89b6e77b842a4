package io.trustbench.provisioning.core.console;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.IdentityProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iot.IotClient;
import software.amazon.awssdk.services.iotdataplane.IotDataPlaneClient;

import io.trustbench.awsiot.emulator.IotEmulator;
import io.trustbench.provisioning.core.aws.AwsCallLogger;
import io.trustbench.provisioning.core.aws.CloudSession;
import io.trustbench.provisioning.core.aws.ConnectionProfile;

/**
 * What the AWS IoT console view talks to: a {@link CloudSession} (control plane, the local emulator
 * started on demand) plus the IoT data plane for shadows. The data-plane client takes region,
 * credentials and endpoint override from the session's own IotClient, so both see the same target
 * and the same credentials, and every call is logged to the Console the same way.
 */
public final class ConsoleSession implements AutoCloseable {

	private final CloudSession cloud;
	private final boolean ownsCloud;
	private final SdkHttpClient http = UrlConnectionHttpClient.builder().build();
	private IotDataPlaneClient dataPlane;

	private ConsoleSession(CloudSession cloud, boolean ownsCloud) {
		this.cloud = cloud;
		this.ownsCloud = ownsCloud;
	}

	/** Opens the target of {@code profile}; the local emulator lives in {@code workspace/emulator}. */
	public static ConsoleSession open(ConnectionProfile profile, Path workspace) throws Exception {
		return new ConsoleSession(CloudSession.open(profile, workspace), true);
	}

	/** A console on a session someone else owns (tests, the demo); closing leaves it open. */
	public static ConsoleSession on(CloudSession cloud) {
		return new ConsoleSession(cloud, false);
	}

	public ConnectionProfile profile() {
		return cloud.profile();
	}

	public CloudSession cloud() {
		return cloud;
	}

	public IotClient iot() {
		return cloud.iot();
	}

	public Region region() {
		return cloud.region();
	}

	public Optional<IotEmulator> emulator() {
		return cloud.emulator();
	}

	/** The session's credentials, as the control-plane client resolves them (never logged). */
	public IdentityProvider<? extends AwsCredentialsIdentity> credentials() {
		return iot().serviceClientConfiguration().credentialsProvider();
	}

	/**
	 * Device shadows: the emulator and other endpoints serve the data plane on the control-plane URL;
	 * AWS on the account's {@code iot:Data-ATS} host.
	 */
	public synchronized IotDataPlaneClient dataPlane() {
		if (dataPlane == null) {
			Optional<URI> override = iot().serviceClientConfiguration().endpointOverride();
			URI endpoint = override.orElseGet(() -> URI.create("https://" + cloud.dataEndpoint()));
			dataPlane = IotDataPlaneClient.builder().httpClient(http).region(region()).credentialsProvider(credentials())
					.endpointOverride(endpoint)
					.overrideConfiguration(ClientOverrideConfiguration.builder()
							.addExecutionInterceptor(new AwsCallLogger(profile().describe())).build())
					.build();
		}
		return dataPlane;
	}

	@Override
	public synchronized void close() {
		if (dataPlane != null) {
			dataPlane.close();
		}
		http.close();
		if (ownsCloud) {
			cloud.close();
		}
	}
}
