package io.trustbench.provisioning.core.console.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iot.IotClient;
import software.amazon.awssdk.services.iot.model.CertificateStatus;

import io.trustbench.provisioning.core.aws.ConnectionProfile;
import io.trustbench.provisioning.core.console.AwsConsole;
import io.trustbench.provisioning.core.console.Listing;
import io.trustbench.provisioning.core.console.MqttEndpoint;
import io.trustbench.provisioning.core.console.Rows;

/**
 * The console against moto_server through {@code --endpoint-url}: the list calls moto has, and a
 * clear "not supported by this endpoint" for what it lacks (ListCACertificates; no MQTT broker).
 */
public class ConsoleMotoTest {

	private static final String POLICY_DOC = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"iot:Connect\",\"Resource\":\"*\"}]}";

	private static Path workspace;
	private static MotoProcess moto;
	private static AwsConsole console;
	private static String certificateId;

	@BeforeAll
	static void start() throws Exception {
		assumeTrue(MotoProcess.installed(), "moto_server is not installed");
		workspace = Files.createTempDirectory("console-moto");
		// The default credential chain reads these; moto accepts any keys.
		System.setProperty("aws.accessKeyId", "testing");
		System.setProperty("aws.secretAccessKey", "testing");
		moto = MotoProcess.start(workspace.resolve("moto.log"), url -> IotClient.builder().endpointOverride(url)
				.region(Region.US_WEST_2).httpClient(UrlConnectionHttpClient.create())
				.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing"))).build());
		console = AwsConsole.open(ConnectionProfile.endpoint(moto.endpoint(), null, "us-west-2"), workspace);
		IotClient iot = console.session().iot();
		iot.createPolicy(r -> r.policyName("MotoPolicy").policyDocument(POLICY_DOC));
		iot.createThing(r -> r.thingName("moto-thing"));
		var keys = iot.createKeysAndCertificate(r -> r.setAsActive(true));
		certificateId = keys.certificateId();
		iot.attachPolicy(r -> r.policyName("MotoPolicy").target(keys.certificateArn()));
		iot.attachThingPrincipal(r -> r.thingName("moto-thing").principal(keys.certificateArn()));
		iot.createTopicRule(r -> r.ruleName("moto_rule").topicRulePayload(p -> p.sql("SELECT * FROM 'a/b'")
				.actions(a -> a.republish(rp -> rp.topic("c/d").roleArn("arn:aws:iam::123456789012:role/r")))));
	}

	@AfterAll
	static void stop() {
		if (console != null) {
			console.close();
		}
		if (moto != null) {
			moto.close();
		}
		System.clearProperty("aws.accessKeyId");
		System.clearProperty("aws.secretAccessKey");
	}

	@Test
	void caCertificatesAreNotSupportedByMotoAndSaySo() {
		Listing<Rows.CaCertificate> cas = console.lister().caCertificates(new NullProgressMonitor());
		assertFalse(cas.supported());
		assertEquals("ListCACertificates is not supported by this endpoint", cas.unsupported().orElseThrow());
		assertTrue(cas.rows().isEmpty());
	}

	@Test
	void certificatesThingsPoliciesAndRulesAreListed() {
		Rows.Certificate c = console.lister().certificates(new NullProgressMonitor()).rows().get(0);
		assertEquals(certificateId, c.id());
		assertEquals("ACTIVE", c.status());
		assertEquals(List.of("MotoPolicy"), c.policies());
		assertEquals(List.of("moto-thing"), c.things());

		Rows.Thing thing = console.lister().things(new NullProgressMonitor()).rows().get(0);
		assertEquals("moto-thing", thing.name());
		assertEquals(List.of(c.arn()), thing.principals());

		Rows.Policy policy = console.lister().policies(new NullProgressMonitor()).rows().get(0);
		assertEquals("MotoPolicy", policy.name());
		assertTrue(policy.document().contains("\"iot:Connect\""), policy.document());

		Rows.TopicRule rule = console.lister().topicRules(new NullProgressMonitor()).rows().get(0);
		assertEquals("SELECT * FROM 'a/b'", rule.sql());
		assertTrue(rule.actions().get(0).contains("topic=c/d"), rule.actions().toString());
	}

	@Test
	void certificateAndRuleActionsWorkOnMoto() {
		IStatus inactive = console.certificates().setStatus(certificateId, CertificateStatus.INACTIVE);
		assertTrue(inactive.isOK(), inactive.getMessage());
		assertEquals("INACTIVE", console.lister().certificates(new NullProgressMonitor()).rows().get(0).status());
		assertTrue(console.certificates().setStatus(certificateId, CertificateStatus.ACTIVE).isOK());
		assertTrue(console.resources().setTopicRuleEnabled("moto_rule", false).isOK());
		assertFalse(console.lister().topicRules(new NullProgressMonitor()).rows().get(0).enabled());
		assertTrue(console.resources().setTopicRuleEnabled("moto_rule", true).isOK());
	}

	@Test
	void theMqttTestClientSaysTheEndpointHasNoBroker() {
		UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
				() -> MqttEndpoint.of(console.session()));
		assertTrue(e.getMessage().startsWith("the MQTT test client is not supported by this endpoint"), e.getMessage());
	}
}
