package io.trustbench.tlsclient.core.tests;

import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;

import io.trustbench.awsiot.emulator.EmulatorOptions;
import io.trustbench.awsiot.emulator.IotEmulator;
import io.trustbench.secureelement.core.SecureElement;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iot.IotClient;
import software.amazon.awssdk.services.iot.model.Action;
import software.amazon.awssdk.services.iot.model.LambdaAction;
import software.amazon.awssdk.services.iot.model.TopicRulePayload;
import software.amazon.awssdk.services.iotdataplane.IotDataPlaneClient;

/**
 * The local AWS IoT emulator on free ports with the real aws-sdk-java-v2 clients, and the
 * REGISTER SIGNER step done with them: the verification certificate is signed by the signer kit.
 */
final class IotEmulatorFixture implements AutoCloseable {

	final Path dir;
	final IotEmulator emulator;
	final IotClient iot;
	final IotDataPlaneClient data;

	IotEmulatorFixture() throws Exception {
		dir = Files.createTempDirectory("tb-tls-iot");
		emulator = IotEmulator.start(EmulatorOptions.defaults(dir).onFreePorts());
		URI api = URI.create("http://127.0.0.1:" + emulator.apiPort());
		StaticCredentialsProvider credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x"));
		iot = IotClient.builder().endpointOverride(api).region(Region.US_WEST_2).credentialsProvider(credentials)
				.httpClient(UrlConnectionHttpClient.create()).build();
		data = IotDataPlaneClient.builder().endpointOverride(api).region(Region.US_WEST_2).credentialsProvider(credentials)
				.httpClient(UrlConnectionHttpClient.create()).build();
	}

	/** GetRegistrationCode, verification certificate signed by the signer kit, RegisterCACertificate; the CA id. */
	String registerSigner(X509Certificate signer, SecureElement signerKit) throws Exception {
		String code = iot.getRegistrationCode(b -> {
		}).registrationCode();
		KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
		g.initialize(new ECGenParameterSpec("secp256r1"));
		Instant now = Instant.now();
		X509Certificate verification = ThingProvisioning.x509(new JcaX509v3CertificateBuilder(
				X500Name.getInstance(signer.getSubjectX500Principal().getEncoded()), BigInteger.valueOf(now.toEpochMilli()),
				Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofDays(1))),
				new X500Name("CN=" + code), g.generateKeyPair().getPublic())
				.build(ThingProvisioning.kitSigner(signerKit)).getEncoded());
		String signerPem = ThingProvisioning.pem(signer);
		String verificationPem = ThingProvisioning.pem(verification);
		return iot.registerCACertificate(b -> b.caCertificate(signerPem).verificationCertificate(verificationPem)
				.setAsActive(true).allowAutoRegistration(true)).certificateId();
	}

	/** The topic rule on the registration topic whose action is the emulator's built-in JITR activation. */
	void createActivationRule(String caId) {
		String function = "arn:aws:lambda:us-west-2:" + emulator.accountId() + ":function:trustbench-jitr-activate";
		iot.createTopicRule(b -> b.ruleName("jitr_activate").topicRulePayload(TopicRulePayload.builder()
				.sql("SELECT * FROM '$aws/events/certificates/registered/" + caId
						+ "' WHERE certificateStatus = 'PENDING_ACTIVATION'")
				.actions(Action.builder().lambda(LambdaAction.builder().functionArn(function).build()).build()).build()));
	}

	/** AWS IoT certificate ids are the SHA-256 of the DER certificate, in hex. */
	static String certificateId(X509Certificate cert) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(cert.getEncoded()));
	}

	@Override
	public void close() throws Exception {
		iot.close();
		data.close();
		emulator.close();
		try (var files = Files.walk(dir)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}
}
