package io.trustbench.awsiot.emulator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.trustbench.awsiot.emulator.internal.pki.Pem;
import software.amazon.awssdk.services.iot.model.AttributePayload;
import software.amazon.awssdk.services.iot.model.CertificateStateException;
import software.amazon.awssdk.services.iot.model.CertificateStatus;
import software.amazon.awssdk.services.iot.model.CertificateValidationException;
import software.amazon.awssdk.services.iot.model.DeleteConflictException;
import software.amazon.awssdk.services.iot.model.DescribeCertificateResponse;
import software.amazon.awssdk.services.iot.model.InvalidRequestException;
import software.amazon.awssdk.services.iot.model.MalformedPolicyException;
import software.amazon.awssdk.services.iot.model.RegistrationCodeValidationException;
import software.amazon.awssdk.services.iot.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.iot.model.ResourceNotFoundException;
import software.amazon.awssdk.services.iot.model.SqlParseException;

/** The control plane through the real IotClient: shapes, AWS errors, and state surviving a restart. */
@Timeout(60)
class ControlPlaneSdkTest {

	private EmulatorFixture fixture;
	private TestPki pki;

	@BeforeEach
	void setUp() throws Exception {
		fixture = new EmulatorFixture();
		pki = new TestPki("ControlPlane");
	}

	@AfterEach
	void tearDown() throws Exception {
		fixture.close();
	}

	@Test
	void caRegistrationChecksTheVerificationCertificateLikeAws() throws Exception {
		String code = fixture.iot.getRegistrationCode(b -> {
		}).registrationCode();
		assertEquals(64, code.length());
		TestPki.Identity wrongCn = pki.verification("not-the-code");
		assertThrows(RegistrationCodeValidationException.class, () -> fixture.iot.registerCACertificate(
				b -> b.caCertificate(pki.signer.pem()).verificationCertificate(wrongCn.pem())));
		TestPki other = new TestPki("Other");
		TestPki.Identity wrongKey = other.verification(code);
		assertThrows(RegistrationCodeValidationException.class, () -> fixture.iot.registerCACertificate(
				b -> b.caCertificate(pki.signer.pem()).verificationCertificate(wrongKey.pem())));
		String leaf = pki.device("leaf").pem();
		assertThrows(CertificateValidationException.class, () -> fixture.iot.registerCACertificate(
				b -> b.caCertificate(leaf).verificationCertificate(wrongKey.pem())),
				"a leaf is not a CA");

		String id = JitrSetup.registerSigner(fixture.iot, pki);
		assertEquals(Pem.certificateId(pki.signer.certificate()), id, "certificate id = SHA-256 of the DER");
		ResourceAlreadyExistsException again = assertThrows(ResourceAlreadyExistsException.class,
				() -> JitrSetup.registerSigner(fixture.iot, pki));
		assertEquals(id, again.resourceId(), "names the existing id");
		var description = fixture.iot.describeCACertificate(b -> b.certificateId(id)).certificateDescription();
		assertEquals("ENABLE", description.autoRegistrationStatusAsString());
		assertEquals("ACTIVE", description.statusAsString());
		assertEquals(1, fixture.iot.listCACertificates(b -> {
		}).certificates().size());
		fixture.iot.updateCACertificate(b -> b.certificateId(id).newStatus("INACTIVE"));
		assertEquals("INACTIVE", fixture.iot.describeCACertificate(b -> b.certificateId(id)).certificateDescription()
				.statusAsString());
	}

	@Test
	void byocCertificatesPoliciesAndThingsWithAwsErrors() throws Exception {
		JitrSetup.registerSigner(fixture.iot, pki);
		TestPki.Identity device = pki.device("dev-1");
		var created = fixture.iot.registerCertificate(b -> b.certificatePem(device.pem()).caCertificatePem(pki.signer.pem())
				.setAsActive(true));
		String id = created.certificateId();
		assertThrows(ResourceAlreadyExistsException.class, () -> fixture.iot.registerCertificate(
				b -> b.certificatePem(device.pem()).caCertificatePem(pki.signer.pem())));
		TestPki stranger = new TestPki("Stranger");
		String strangerPem = stranger.device("x").pem();
		assertThrows(CertificateValidationException.class,
				() -> fixture.iot.registerCertificate(b -> b.certificatePem(strangerPem)));

		assertThrows(MalformedPolicyException.class,
				() -> fixture.iot.createPolicy(b -> b.policyName("bad").policyDocument("{\"Statement\":\"nope\"}")));
		String doc = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"iot:Connect\",\"Resource\":\"*\"}]}";
		fixture.iot.createPolicy(b -> b.policyName("connect_only").policyDocument(doc));
		assertThrows(ResourceAlreadyExistsException.class,
				() -> fixture.iot.createPolicy(b -> b.policyName("connect_only").policyDocument(doc)));
		fixture.iot.attachPolicy(b -> b.policyName("connect_only").target(created.certificateArn()));
		assertEquals("connect_only", fixture.iot.listAttachedPolicies(b -> b.target(created.certificateArn())).policies()
				.get(0).policyName());
		assertThrows(DeleteConflictException.class, () -> fixture.iot.deletePolicy(b -> b.policyName("connect_only")));

		fixture.iot.createThing(b -> b.thingName("dev-1")
				.attributePayload(AttributePayload.builder().attributes(Map.of("model", "ATECC508A")).build()));
		fixture.iot.createThing(b -> b.thingName("dev-1")
				.attributePayload(AttributePayload.builder().attributes(Map.of("model", "ATECC508A")).build()));
		assertThrows(ResourceAlreadyExistsException.class, () -> fixture.iot.createThing(b -> b.thingName("dev-1")
				.attributePayload(AttributePayload.builder().attributes(Map.of("model", "other")).build())));
		assertThrows(InvalidRequestException.class, () -> fixture.iot.createThing(b -> b.thingName("bad name!")));
		fixture.iot.attachThingPrincipal(b -> b.thingName("dev-1").principal(created.certificateArn()));
		assertEquals("ATECC508A", fixture.iot.describeThing(b -> b.thingName("dev-1")).attributes().get("model"));
		assertEquals(1, fixture.iot.listThings(b -> b.attributeName("model").attributeValue("ATECC508A")).things().size());
		assertThrows(ResourceNotFoundException.class, () -> fixture.iot.describeThing(b -> b.thingName("nobody")));

		assertThrows(CertificateStateException.class, () -> fixture.iot.deleteCertificate(b -> b.certificateId(id)));
		fixture.iot.updateCertificate(b -> b.certificateId(id).newStatus(CertificateStatus.INACTIVE));
		assertThrows(DeleteConflictException.class, () -> fixture.iot.deleteCertificate(b -> b.certificateId(id)));

		assertThrows(SqlParseException.class, () -> fixture.iot.createTopicRule(b -> b.ruleName("r1")
				.topicRulePayload(p -> p.sql("SELEKT nothing").actions(java.util.List.of()))));
		String endpoint = fixture.iot.describeEndpoint(b -> b.endpointType("iot:Data-ATS")).endpointAddress();
		assertEquals("127.0.0.1:" + fixture.emulator.mqttPort(), endpoint);

		// Everything above survives a restart (state files, no in-memory leftovers).
		fixture.restart();
		DescribeCertificateResponse after = fixture.iot.describeCertificate(b -> b.certificateId(id));
		assertEquals(CertificateStatus.INACTIVE, after.certificateDescription().status());
		assertEquals(1, fixture.iot.listAttachedPolicies(b -> b.target(created.certificateArn())).policies().size());
		assertEquals(java.util.List.of("dev-1"), fixture.iot.listPrincipalThings(b -> b.principal(created.certificateArn()))
				.things());
		assertEquals(1, fixture.iot.listCertificates(b -> {
		}).certificates().size());
	}

	@Test
	void leftoversOfAnInterruptedWriteAreIgnoredOnRestart() throws Exception {
		String id = JitrSetup.registerSigner(fixture.iot, pki);
		fixture.stop();
		Path certificates = fixture.dir.resolve("state/ca-certificates");
		// What a kill between the temp-file write and the rename leaves behind.
		Files.writeString(certificates.resolve("." + id + ".json.123.tmp"), "{\"id\":\"half");
		Files.writeString(certificates.resolve("garbage.json"), "{not json");
		fixture.start();
		assertEquals("ACTIVE", fixture.iot.describeCACertificate(b -> b.certificateId(id)).certificateDescription()
				.statusAsString());
		assertTrue(Files.exists(fixture.dir.resolve("server-ca.pem")));
	}
}
