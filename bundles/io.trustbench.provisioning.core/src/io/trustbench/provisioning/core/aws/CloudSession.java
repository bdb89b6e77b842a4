package io.trustbench.provisioning.core.aws;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iot.IotClient;
import software.amazon.awssdk.services.iot.model.DescribeEndpointRequest;
import software.amazon.awssdk.services.lambda.LambdaClient;

import io.trustbench.awsiot.emulator.EmulatorOptions;
import io.trustbench.awsiot.emulator.IotEmulator;

/**
 * The AWS side of one flow run: real aws-sdk-java-v2 clients for the profile's target, and — for
 * the local emulator — the emulator itself, started on demand and stopped when the session ends.
 * The HTTP client is always given explicitly: inside OSGi the SDK's ServiceLoader lookup fails.
 */
public final class CloudSession implements AutoCloseable {

	/** Opens a session when the flow first needs one. */
	@FunctionalInterface
	public interface Opener {
		CloudSession open(IProgressMonitor monitor) throws Exception;
	}

	private final ConnectionProfile profile;
	private final SdkHttpClient http;
	private final AwsCredentialsProvider credentials;
	private final Region region;
	private final URI endpoint;
	private final IotEmulator emulator;
	private final boolean ownsEmulator;
	private IotClient iot;
	private LambdaClient lambda;
	private IamClient iam;
	private String dataEndpoint;

	private CloudSession(ConnectionProfile profile, AwsCredentialsProvider credentials, Region region, URI endpoint,
			IotEmulator emulator, boolean ownsEmulator) {
		this.profile = profile;
		this.ownsEmulator = ownsEmulator;
		this.credentials = credentials;
		this.region = region;
		this.endpoint = endpoint;
		this.emulator = emulator;
		this.http = UrlConnectionHttpClient.builder().build();
	}

	/** Opens the session for {@code profile}; the local emulator lives in {@code workspace/emulator}. */
	public static CloudSession open(ConnectionProfile profile, Path workspace) throws Exception {
		return switch (profile.kind()) {
		case LOCAL_EMULATOR -> {
			IotEmulator emulator = LocalEmulators.startOrAttach(workspace.resolve("emulator"));
			yield new CloudSession(profile, localCredentials(), Region.of(emulator.region()),
					URI.create("http://127.0.0.1:" + emulator.apiPort()), emulator, true);
		}
		case AWS -> new CloudSession(profile, awsCredentials(profile), region(profile), null, null, false);
		case ENDPOINT -> new CloudSession(profile, awsCredentials(profile), region(profile), profile.endpointUrl(), null, false);
		};
	}

	/** A session for an emulator someone else runs and stops (tests, the demo). */
	public static CloudSession forEmulator(IotEmulator emulator) {
		return new CloudSession(ConnectionProfile.localEmulator(), localCredentials(), Region.of(emulator.region()),
				URI.create("http://127.0.0.1:" + emulator.apiPort()), emulator, false);
	}

	/** A session on the same target and emulator that leaves the emulator running when closed. */
	public static CloudSession sharing(CloudSession other) {
		return new CloudSession(other.profile, other.credentials, other.region, other.endpoint, other.emulator, false);
	}

	/** The emulator behind this session, if it is the local one. */
	public Optional<IotEmulator> emulator() {
		return Optional.ofNullable(emulator);
	}

	private static Region region(ConnectionProfile profile) {
		if (profile.region() != null) {
			return Region.of(profile.region());
		}
		String env = System.getenv("AWS_REGION") != null ? System.getenv("AWS_REGION") : System.getenv("AWS_DEFAULT_REGION");
		if (env != null && !env.isBlank()) {
			return Region.of(env);
		}
		String property = System.getProperty("aws.region");
		if (property != null && !property.isBlank()) {
			return Region.of(property);
		}
		throw new IllegalArgumentException("no AWS region: give --region, or set AWS_REGION / a profile's region");
	}

	/** The emulator accepts any SigV4 signature; these are not secrets. */
	private static AwsCredentialsProvider localCredentials() {
		return StaticCredentialsProvider.create(AwsBasicCredentials.create("trustbench-local", "trustbench-local"));
	}

	/** The AWS default provider chain, or a named profile; then Eclipse secure storage. */
	private static AwsCredentialsProvider awsCredentials(ConnectionProfile profile) {
		AwsCredentialsProvider chain = profile.awsProfile() != null
				? ProfileCredentialsProvider.create(profile.awsProfile())
				: DefaultCredentialsProvider.builder().build();
		return SecureStorageCredentials.withFallback(chain, profile);
	}

	public ConnectionProfile profile() {
		return profile;
	}

	private ClientOverrideConfiguration logging() {
		return ClientOverrideConfiguration.builder().addExecutionInterceptor(new AwsCallLogger(profile.describe())).build();
	}

	public synchronized IotClient iot() {
		if (iot == null) {
			var builder = IotClient.builder().httpClient(http).region(region).credentialsProvider(credentials)
					.overrideConfiguration(logging());
			if (endpoint != null) {
				builder.endpointOverride(endpoint);
			}
			iot = builder.build();
		}
		return iot;
	}

	public synchronized LambdaClient lambda() {
		if (lambda == null) {
			var builder = LambdaClient.builder().httpClient(http).region(region).credentialsProvider(credentials)
					.overrideConfiguration(logging());
			if (endpoint != null) {
				builder.endpointOverride(endpoint);
			}
			lambda = builder.build();
		}
		return lambda;
	}

	public synchronized IamClient iam() {
		if (iam == null) {
			var builder = IamClient.builder().httpClient(http).region(Region.AWS_GLOBAL).credentialsProvider(credentials)
					.overrideConfiguration(logging());
			if (endpoint != null) {
				builder.endpointOverride(endpoint);
			}
			iam = builder.build();
		}
		return iam;
	}

	public Region region() {
		return region;
	}

	/** The device data endpoint ({@code iot:Data-ATS}), host[:port]. */
	public synchronized String dataEndpoint() {
		if (dataEndpoint == null) {
			dataEndpoint = iot().describeEndpoint(DescribeEndpointRequest.builder().endpointType("iot:Data-ATS").build())
					.endpointAddress();
		}
		return dataEndpoint;
	}

	/** The CA that signs the MQTT endpoint's server certificate: the emulator's, or none (system trust). */
	public Optional<Path> serverCaFile() {
		return emulator().map(IotEmulator::serverCaFile);
	}

	@Override
	public synchronized void close() {
		if (iot != null) {
			iot.close();
		}
		if (lambda != null) {
			lambda.close();
		}
		if (iam != null) {
			iam.close();
		}
		http.close();
		if (emulator != null && ownsEmulator) {
			LocalEmulators.release(emulator);
		}
	}
}
