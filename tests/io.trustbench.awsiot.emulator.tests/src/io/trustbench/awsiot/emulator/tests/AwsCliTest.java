package io.trustbench.awsiot.emulator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.trustbench.awsiot.emulator.internal.pki.Pem;

/** The AWS CLI (botocore's own model and SigV4 signer) as an independent client of the REST API. */
@Timeout(600)
class AwsCliTest {

	private static final Map<String, String> ENV = Map.of("AWS_ACCESS_KEY_ID", "x", "AWS_SECRET_ACCESS_KEY", "x",
			"AWS_DEFAULT_REGION", "us-west-2", "AWS_PAGER", "");

	private EmulatorFixture fixture;
	private Path work;

	private JsonObject aws(String... args) throws Exception {
		ExternalTools.Result r = awsRaw(args);
		assertEquals(0, r.exitCode(), "aws " + String.join(" ", args) + ": " + r.err());
		return r.out().isBlank() ? new JsonObject() : JsonParser.parseString(r.out()).getAsJsonObject();
	}

	private ExternalTools.Result awsRaw(String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of("aws", "--endpoint-url", fixture.apiUri().toString(), "--output",
				"json"));
		command.addAll(List.of(args));
		return ExternalTools.run(work, ENV, command, 60);
	}

	@Test
	void awsCliDrivesTheControlAndDataPlanes() throws Exception {
		assumeTrue(ExternalTools.available("aws", "--version"), "AWS CLI not installed");
		try (EmulatorFixture f = new EmulatorFixture()) {
			fixture = f;
			work = Files.createDirectories(f.dir.resolve("cli"));
			TestPki pki = new TestPki("Cli");
			String code = aws("iot", "get-registration-code").get("registrationCode").getAsString();
			Files.writeString(work.resolve("signer.pem"), pki.signer.pem());
			Files.writeString(work.resolve("verification.pem"), pki.verification(code).pem());
			String caId = aws("iot", "register-ca-certificate", "--ca-certificate", "file://signer.pem",
					"--verification-certificate", "file://verification.pem", "--set-as-active", "--allow-auto-registration")
					.get("certificateId").getAsString();
			assertEquals(Pem.certificateId(pki.signer.certificate()), caId);
			ExternalTools.Result again = awsRaw("iot", "register-ca-certificate", "--ca-certificate", "file://signer.pem",
					"--verification-certificate", "file://verification.pem");
			assertNotEquals(0, again.exitCode());
			assertTrue(again.err().contains("ResourceAlreadyExistsException"), again.err());
			assertEquals("ENABLE", aws("iot", "describe-ca-certificate", "--certificate-id", caId)
					.getAsJsonObject("certificateDescription").get("autoRegistrationStatus").getAsString());
			assertEquals(1, aws("iot", "list-ca-certificates").getAsJsonArray("certificates").size());

			TestPki.Identity device = pki.device("cli-thing");
			Files.writeString(work.resolve("device.pem"), device.pem());
			JsonObject registered = aws("iot", "register-certificate", "--certificate-pem", "file://device.pem",
					"--ca-certificate-pem", "file://signer.pem", "--set-as-active");
			String arn = registered.get("certificateArn").getAsString();
			Files.writeString(work.resolve("policy.json"),
					"{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"iot:Connect\",\"Resource\":\"*\"}]}");
			aws("iot", "create-policy", "--policy-name", "cli_policy", "--policy-document", "file://policy.json");
			aws("iot", "attach-policy", "--policy-name", "cli_policy", "--target", arn);
			assertEquals("cli_policy", aws("iot", "list-attached-policies", "--target", arn).getAsJsonArray("policies")
					.get(0).getAsJsonObject().get("policyName").getAsString());
			aws("iot", "create-thing", "--thing-name", "cli-thing");
			aws("iot", "attach-thing-principal", "--thing-name", "cli-thing", "--principal", arn);
			assertEquals("cli-thing", aws("iot", "list-things").getAsJsonArray("things").get(0).getAsJsonObject()
					.get("thingName").getAsString());
			assertEquals("127.0.0.1:" + f.emulator.mqttPort(),
					aws("iot", "describe-endpoint", "--endpoint-type", "iot:Data-ATS").get("endpointAddress").getAsString());
			aws("iot", "create-topic-rule", "--rule-name", "jitr", "--topic-rule-payload",
					"{\"sql\":\"SELECT * FROM '$aws/events/certificates/registered/" + caId + "'\",\"actions\":[{\"lambda\":"
							+ "{\"functionArn\":\"arn:aws:lambda:us-west-2:1:function:trustbench-jitr-activate\"}}]}");
			aws("iot", "update-certificate", "--certificate-id", registered.get("certificateId").getAsString(),
					"--new-status", "REVOKED");
			assertEquals("REVOKED", f.iot.describeCertificate(b -> b.certificateId(registered.get("certificateId")
					.getAsString())).certificateDescription().statusAsString());

			// Data plane: shadow update and read back (blob payloads via fileb://).
			Files.writeString(work.resolve("shadow.json"), "{\"state\":{\"desired\":{\"led1\":\"on\"}}}");
			ExternalTools.Result update = awsRaw("iot-data", "update-thing-shadow", "--thing-name", "cli-thing",
					"--payload", "fileb://shadow.json", "update-out.json");
			assertEquals(0, update.exitCode(), update.err());
			ExternalTools.Result get = awsRaw("iot-data", "get-thing-shadow", "--thing-name", "cli-thing", "get-out.json");
			assertEquals(0, get.exitCode(), get.err());
			JsonObject shadow = JsonParser.parseString(Files.readString(work.resolve("get-out.json"))).getAsJsonObject();
			assertEquals("on", shadow.getAsJsonObject("state").getAsJsonObject("delta").get("led1").getAsString());
		}
	}
}
