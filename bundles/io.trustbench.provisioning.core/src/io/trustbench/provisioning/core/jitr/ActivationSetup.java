package io.trustbench.provisioning.core.jitr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.iam.model.EntityAlreadyExistsException;
import software.amazon.awssdk.services.iot.IotClient;
import software.amazon.awssdk.services.iot.model.GetTopicRuleRequest;
import software.amazon.awssdk.services.iot.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.iot.model.UnauthorizedException;
import software.amazon.awssdk.services.lambda.model.ResourceConflictException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

import io.trustbench.provisioning.core.aws.CloudSession;

/**
 * The JITR activation: a topic rule on the CA's certificate-registered event whose Lambda action
 * creates a least-privilege policy, attaches it and activates the certificate. On the local
 * emulator the function is built in (same rule, same ARN shape); on AWS (and AWS-compatible
 * endpoints) the IAM role and the Lambda function are created with the SDK from the code packaged
 * in this bundle ({@code lambda/jitr_activate.py}).
 */
final class ActivationSetup {

	static final String FUNCTION = "trustbench-jitr-activate";
	static final String ROLE = "TrustbenchJitrActivation";

	private ActivationSetup() {
	}

	static String ruleName(String caId) {
		return "TrustbenchJitr_" + caId.substring(0, Math.min(12, caId.length()));
	}

	static String sql(String caId) {
		return "SELECT * FROM '$aws/events/certificates/registered/" + caId + "'";
	}

	/** True when the rule already exists (GetTopicRule answers). */
	static boolean ruleExists(IotClient iot, String ruleName) {
		try {
			iot.getTopicRule(GetTopicRuleRequest.builder().ruleName(ruleName).build());
			return true;
		} catch (UnauthorizedException | software.amazon.awssdk.services.iot.model.ResourceNotFoundException e) {
			return false;
		} catch (software.amazon.awssdk.awscore.exception.AwsServiceException e) {
			if (e.statusCode() == 404 || e.statusCode() == 401 || e.statusCode() == 400) {
				return false;
			}
			throw e;
		}
	}

	static void createRule(IotClient iot, String ruleName, String caId, String functionArn) {
		try {
			iot.createTopicRule(r -> r.ruleName(ruleName).topicRulePayload(p -> p.sql(sql(caId)).awsIotSqlVersion("2016-03-23")
					.ruleDisabled(false).description("Trustbench JITR: activate certificates signed by CA " + caId)
					.actions(a -> a.lambda(l -> l.functionArn(functionArn)))));
		} catch (ResourceAlreadyExistsException e) {
			// created meanwhile: fine
		}
	}

	/** Role + function + permission for AWS IoT to invoke it; returns the function ARN. */
	static String ensureLambda(CloudSession cloud) throws IOException {
		try {
			return cloud.lambda().getFunction(r -> r.functionName(FUNCTION)).configuration().functionArn();
		} catch (ResourceNotFoundException notYet) {
			// create below
		}
		String roleArn;
		try {
			roleArn = cloud.iam().createRole(r -> r.roleName(ROLE).assumeRolePolicyDocument(TRUST_POLICY)
					.description("Lets the Trustbench JITR function activate device certificates")).role().arn();
			cloud.iam().putRolePolicy(r -> r.roleName(ROLE).policyName(ROLE + "Policy").policyDocument(ROLE_POLICY));
		} catch (EntityAlreadyExistsException e) {
			roleArn = cloud.iam().getRole(r -> r.roleName(ROLE)).role().arn();
		}
		String finalRoleArn = roleArn;
		SdkBytes code = SdkBytes.fromByteArray(zip());
		String arn;
		try {
			arn = cloud.lambda().createFunction(r -> r.functionName(FUNCTION).runtime("python3.12").role(finalRoleArn)
					.handler("jitr_activate.handler").timeout(30)
					.description("Trustbench JITR activation: least-privilege policy, attach, activate")
					.code(c -> c.zipFile(code))).functionArn();
		} catch (ResourceConflictException e) {
			arn = cloud.lambda().getFunction(r -> r.functionName(FUNCTION)).configuration().functionArn();
		}
		try {
			cloud.lambda().addPermission(r -> r.functionName(FUNCTION).statementId("trustbench-iot-invoke")
					.action("lambda:InvokeFunction").principal("iot.amazonaws.com"));
		} catch (ResourceConflictException e) {
			// permission already there
		}
		return arn;
	}

	/** The function's code, packaged from this bundle. */
	static byte[] zip() throws IOException {
		try (InputStream code = ActivationSetup.class.getResourceAsStream("/lambda/jitr_activate.py")) {
			if (code == null) {
				throw new IOException("the JITR function's code (lambda/jitr_activate.py) is missing from the bundle");
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
				zip.putNextEntry(new ZipEntry("jitr_activate.py"));
				code.transferTo(zip);
				zip.closeEntry();
			}
			return bytes.toByteArray();
		}
	}

	private static final String TRUST_POLICY = """
			{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}""";

	private static final String ROLE_POLICY = """
			{"Version":"2012-10-17","Statement":[
			 {"Effect":"Allow","Action":["iot:DescribeCertificate","iot:UpdateCertificate","iot:CreatePolicy","iot:GetPolicy",
			   "iot:AttachPolicy","iot:CreateThing","iot:AttachThingPrincipal"],"Resource":"*"},
			 {"Effect":"Allow","Action":["logs:CreateLogGroup","logs:CreateLogStream","logs:PutLogEvents"],"Resource":"arn:aws:logs:*:*:*"}]}""";
}
