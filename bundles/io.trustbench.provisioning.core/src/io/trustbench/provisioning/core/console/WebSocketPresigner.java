package io.trustbench.provisioning.core.console;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

/**
 * The URL the AWS console's MQTT test client connects to: {@code wss://<endpoint>/mqtt} presigned
 * with SigV4 in the query string (service {@code iotdevicegateway}), made by the SDK's own signer.
 * Two AWS IoT rules the generic presigner does not know: the payload hash is that of the empty
 * body (as the AWS IoT developer guide signs it, not UNSIGNED-PAYLOAD), and a session token is
 * appended after signing instead of being signed.
 */
public final class WebSocketPresigner {

	static final String SERVICE = "iotdevicegateway";
	static final Duration VALIDITY = Duration.ofHours(1);

	private final Clock clock;

	public WebSocketPresigner(Clock clock) {
		this.clock = clock;
	}

	public URI presign(String host, String region, AwsCredentialsIdentity credentials) {
		SdkHttpRequest request = SdkHttpRequest.builder().method(SdkHttpMethod.GET).protocol("https").host(host)
				.encodedPath("/mqtt").build();
		AwsCredentialsIdentity keys = AwsCredentialsIdentity.create(credentials.accessKeyId(),
				credentials.secretAccessKey());
		SdkHttpRequest signed = AwsV4HttpSigner.create().sign(r -> r.identity(keys).request(request)
				.putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, SERVICE)
				.putProperty(AwsV4HttpSigner.REGION_NAME, region)
				.putProperty(AwsV4HttpSigner.AUTH_LOCATION, AwsV4HttpSigner.AuthLocation.QUERY_STRING)
				.putProperty(AwsV4HttpSigner.EXPIRATION_DURATION, VALIDITY)
				.putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, true)
				.putProperty(HttpSigner.SIGNING_CLOCK, clock)).request();
		String query = signed.getUri().getRawQuery();
		if (credentials instanceof AwsSessionCredentialsIdentity session) {
			query += "&X-Amz-Security-Token=" + URLEncoder.encode(session.sessionToken(), StandardCharsets.UTF_8);
		}
		return URI.create("wss://" + host + "/mqtt?" + query);
	}
}
