package io.trustbench.awsiot.emulator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.trustbench.awsiot.emulator.internal.pki.Pem;
import software.amazon.awssdk.services.iot.model.CertificateStatus;

/**
 * mosquitto_pub/mosquitto_sub (OpenSSL TLS, certificate and key files) as independent devices: a
 * BYOC subscriber, and a JITR publisher whose first connection is refused and whose retry passes.
 */
@Timeout(180)
class MosquittoTest {

	@Test
	void mosquittoClientsPublishAndSubscribeWithCertificateFiles() throws Exception {
		assumeTrue(ExternalTools.available("mosquitto_pub", "--help") || Files.exists(Path.of("/usr/bin/mosquitto_pub")),
				"mosquitto clients not installed");
		try (EmulatorFixture fixture = new EmulatorFixture()) {
			Path work = Files.createDirectories(fixture.dir.resolve("mosquitto"));
			TestPki pki = new TestPki("Mosquitto");
			String caId = JitrSetup.registerSigner(fixture.iot, pki);
			JitrSetup.createActivationRule(fixture.iot, fixture.emulator, "jitr_mosquitto", caId);

			TestPki.Identity subscriber = pki.device("mq-sub");
			String arn = fixture.iot.registerCertificate(b -> b.certificatePem(subscriber.pem()).setAsActive(true))
					.certificateArn();
			fixture.iot.createPolicy(b -> b.policyName("mq_all").policyDocument(
					"{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"iot:*\",\"Resource\":\"*\"}]}"));
			fixture.iot.attachPolicy(b -> b.policyName("mq_all").target(arn));
			Path[] subFiles = pki.writeFiles(subscriber, work, "sub");
			Process sub = ExternalTools.start(work, withTls(fixture, List.of("mosquitto_sub", "-i", "mq-sub", "-t",
					"things/+/telemetry", "-C", "1", "-W", "60", "-q", "1", "-V", "mqttv311"), subFiles));

			TestPki.Identity device = pki.device("mq-thing");
			Path[] devFiles = pki.writeFiles(device, work, "dev");
			List<String> publish = withTls(fixture, List.of("mosquitto_pub", "-i", "mq-thing", "-t",
					"things/mq-thing/telemetry", "-m", "hello from mosquitto", "-q", "1", "-V", "mqttv311"), devFiles);
			ExternalTools.Result first = ExternalTools.run(work, Map.of(), publish, 60);
			assertNotEquals(0, first.exitCode(), "first JITR connection is refused");
			String id = Pem.certificateId(device.certificate());
			JitrRoundTripTest.waitUntil(() -> fixture.iot.describeCertificate(b -> b.certificateId(id))
					.certificateDescription().status() == CertificateStatus.ACTIVE, "activation by the rule");
			ExternalTools.Result second = ExternalTools.run(work, Map.of(), publish, 60);
			assertEquals(0, second.exitCode(), second.err());

			sub.waitFor(60, TimeUnit.SECONDS);
			String received = new String(sub.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
			assertEquals("hello from mosquitto", received,
					new String(sub.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	private static List<String> withTls(EmulatorFixture fixture, List<String> command, Path[] files) {
		List<String> full = new ArrayList<>(command);
		full.addAll(List.of("-h", "127.0.0.1", "-p", Integer.toString(fixture.emulator.mqttPort()), "--cafile",
				fixture.emulator.serverCaFile().toString(), "--cert", files[0].toString(), "--key", files[1].toString()));
		return full;
	}
}
