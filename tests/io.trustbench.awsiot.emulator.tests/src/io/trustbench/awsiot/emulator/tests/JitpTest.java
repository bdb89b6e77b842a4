package io.trustbench.awsiot.emulator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import javax.net.ssl.SSLSocketFactory;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.trustbench.awsiot.emulator.internal.pki.Pem;
import software.amazon.awssdk.services.iot.model.CertificateStatus;

/** Just-in-time provisioning: a JITP template on the CA provisions thing, policy and status. */
@Timeout(60)
class JitpTest {

	static final String TEMPLATE = "{\"Parameters\":{\"AWS::IoT::Certificate::CommonName\":{\"Type\":\"String\"},"
			+ "\"AWS::IoT::Certificate::Id\":{\"Type\":\"String\"}},\"Resources\":{"
			+ "\"thing\":{\"Type\":\"AWS::IoT::Thing\",\"Properties\":{\"ThingName\":{\"Fn::Join\":[\"\",[\"jitp-\","
			+ "{\"Ref\":\"AWS::IoT::Certificate::CommonName\"}]]},\"AttributePayload\":{\"kit\":\"ATECC508A\"}}},"
			+ "\"certificate\":{\"Type\":\"AWS::IoT::Certificate\",\"Properties\":{\"CertificateId\":{\"Ref\":"
			+ "\"AWS::IoT::Certificate::Id\"},\"Status\":\"ACTIVE\"}},"
			+ "\"policy\":{\"Type\":\"AWS::IoT::Policy\",\"Properties\":{\"PolicyDocument\":\"{\\\"Version\\\":\\\"2012-10-17\\\","
			+ "\\\"Statement\\\":[{\\\"Effect\\\":\\\"Allow\\\",\\\"Action\\\":[\\\"iot:Connect\\\",\\\"iot:Publish\\\"],"
			+ "\\\"Resource\\\":\\\"*\\\"}]}\"}}}}";

	@Test
	void templateProvisionsOnFirstConnection() throws Exception {
		try (EmulatorFixture fixture = new EmulatorFixture()) {
			TestPki pki = new TestPki("Jitp");
			fixture.iot.createProvisioningTemplate(b -> b.templateName("kit_jitp").type("JITP").enabled(true)
					.templateBody(TEMPLATE).provisioningRoleArn("arn:aws:iam::123456789012:role/JITP"));
			String code = fixture.iot.getRegistrationCode(b -> {
			}).registrationCode();
			String verification = pki.verification(code).pem();
			fixture.iot.registerCACertificate(b -> b.caCertificate(pki.signer.pem()).verificationCertificate(verification)
					.setAsActive(true).allowAutoRegistration(true).registrationConfig(c -> c.templateName("kit_jitp")));

			TestPki.Identity device = pki.device("0123EE");
			SSLSocketFactory factory = pki.socketFactory(device, fixture.emulator.serverCa());
			MqttClient client = MqttDevices.client(fixture.mqttUri(), "jitp-0123EE");
			assertFalse(MqttDevices.tryConnect(client, factory), "the first connection is closed, as on AWS");
			String id = Pem.certificateId(device.certificate());
			assertEquals(CertificateStatus.ACTIVE,
					fixture.iot.describeCertificate(b -> b.certificateId(id)).certificateDescription().status());
			assertEquals("ATECC508A", fixture.iot.describeThing(b -> b.thingName("jitp-0123EE")).attributes().get("kit"));
			MqttDevices.connectWithRetry(client, factory, Duration.ofSeconds(10));
			client.publish("anything/goes", "ok".getBytes(StandardCharsets.UTF_8), 1, false);
			client.disconnect();
			client.close();
		}
	}
}
