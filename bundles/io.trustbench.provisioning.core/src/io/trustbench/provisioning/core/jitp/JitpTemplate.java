package io.trustbench.provisioning.core.jitp;

import software.amazon.awssdk.services.iam.model.EntityAlreadyExistsException;

import io.trustbench.provisioning.core.aws.CloudSession;
import io.trustbench.provisioning.core.aws.ConnectionProfile;

/**
 * The just-in-time provisioning template Trustbench puts on the signer CA: a thing named after
 * the certificate's CN, the same least-privilege policy as the JITR function (the thing may only
 * use its own client id, topics and shadow), and the certificate set ACTIVE. On AWS, JITP needs
 * a role AWS IoT assumes to create those; it is created here with AWS's managed policy.
 */
final class JitpTemplate {

	static final String ROLE = "TrustbenchJitpProvisioning";
	static final String MANAGED_POLICY = "arn:aws:iam::aws:policy/service-role/AWSIoTThingsRegistration";

	private JitpTemplate() {
	}

	/** Thing variables are escaped for the JSON string the template embeds the policy in. */
	private static final String POLICY = "{\\\"Version\\\":\\\"2012-10-17\\\",\\\"Statement\\\":["
			+ "{\\\"Effect\\\":\\\"Allow\\\",\\\"Action\\\":\\\"iot:Connect\\\","
			+ "\\\"Resource\\\":\\\"arn:aws:iot:*:*:client/${iot:Connection.Thing.ThingName}\\\"},"
			+ "{\\\"Effect\\\":\\\"Allow\\\",\\\"Action\\\":[\\\"iot:Publish\\\",\\\"iot:Receive\\\"],"
			+ "\\\"Resource\\\":[\\\"arn:aws:iot:*:*:topic/things/${iot:Connection.Thing.ThingName}/*\\\","
			+ "\\\"arn:aws:iot:*:*:topic/$aws/things/${iot:Connection.Thing.ThingName}/shadow/*\\\"]},"
			+ "{\\\"Effect\\\":\\\"Allow\\\",\\\"Action\\\":\\\"iot:Subscribe\\\","
			+ "\\\"Resource\\\":[\\\"arn:aws:iot:*:*:topicfilter/things/${iot:Connection.Thing.ThingName}/*\\\","
			+ "\\\"arn:aws:iot:*:*:topicfilter/$aws/things/${iot:Connection.Thing.ThingName}/shadow/*\\\"]}]}";

	static final String BODY = "{\"Parameters\":{"
			+ "\"AWS::IoT::Certificate::CommonName\":{\"Type\":\"String\"},"
			+ "\"AWS::IoT::Certificate::Id\":{\"Type\":\"String\"}},"
			+ "\"Resources\":{"
			+ "\"thing\":{\"Type\":\"AWS::IoT::Thing\",\"Properties\":{"
			+ "\"ThingName\":{\"Ref\":\"AWS::IoT::Certificate::CommonName\"},"
			+ "\"AttributePayload\":{\"provisionedBy\":\"trustbench-jitp\"}}},"
			+ "\"certificate\":{\"Type\":\"AWS::IoT::Certificate\",\"Properties\":{"
			+ "\"CertificateId\":{\"Ref\":\"AWS::IoT::Certificate::Id\"},\"Status\":\"ACTIVE\"}},"
			+ "\"policy\":{\"Type\":\"AWS::IoT::Policy\",\"Properties\":{\"PolicyDocument\":\"" + POLICY + "\"}}}}";

	private static final String TRUST_POLICY = """
			{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"iot.amazonaws.com"},"Action":"sts:AssumeRole"}]}""";

	/**
	 * The role ARN for the CA's registration config. The local emulator needs no role (it names one
	 * in its own account); AWS and endpoints get the role created if it does not exist.
	 */
	static String roleArn(CloudSession cloud) {
		if (cloud.profile().kind() == ConnectionProfile.Kind.LOCAL_EMULATOR) {
			String account = cloud.emulator().map(e -> e.accountId()).orElse("000000000000");
			return "arn:aws:iam::" + account + ":role/" + ROLE;
		}
		try {
			String arn = cloud.iam().createRole(r -> r.roleName(ROLE).assumeRolePolicyDocument(TRUST_POLICY)
					.description("Lets AWS IoT provision things just in time for Trustbench")).role().arn();
			cloud.iam().attachRolePolicy(r -> r.roleName(ROLE).policyArn(MANAGED_POLICY));
			return arn;
		} catch (EntityAlreadyExistsException e) {
			return cloud.iam().getRole(r -> r.roleName(ROLE)).role().arn();
		}
	}
}
