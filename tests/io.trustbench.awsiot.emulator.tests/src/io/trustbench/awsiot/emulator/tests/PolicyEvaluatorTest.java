package io.trustbench.awsiot.emulator.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.trustbench.awsiot.emulator.internal.policy.ConnectionContext;
import io.trustbench.awsiot.emulator.internal.policy.PolicyDocument;
import io.trustbench.awsiot.emulator.internal.policy.PolicyEvaluator;

class PolicyEvaluatorTest {

	private static final String P = "arn:aws:iot:us-west-2:123456789012:";
	private static final ConnectionContext THING = new ConnectionContext(Map.of("iot:ClientId", "dev1",
			"iot:Connection.Thing.ThingName", "dev1", "iot:Connection.Thing.IsAttached", "true"));
	private static final ConnectionContext NO_THING = new ConnectionContext(
			Map.of("iot:ClientId", "dev1", "iot:Connection.Thing.IsAttached", "false"));

	private static PolicyDocument doc(String statements) {
		return PolicyDocument.parse("{\"Version\":\"2012-10-17\",\"Statement\":[" + statements + "]}");
	}

	@Test
	void thingVariablesGrantOnlyTheThingsOwnTopics() {
		PolicyDocument d = doc("{\"Effect\":\"Allow\",\"Action\":\"iot:Publish\",\"Resource\":\"" + P
				+ "topic/things/${iot:Connection.Thing.ThingName}/*\"}");
		assertTrue(PolicyEvaluator.isAllowed(List.of(d), "iot:Publish", P + "topic/things/dev1/telemetry", THING));
		assertFalse(PolicyEvaluator.isAllowed(List.of(d), "iot:Publish", P + "topic/things/dev2/telemetry", THING));
		assertFalse(PolicyEvaluator.isAllowed(List.of(d), "iot:Publish", P + "topic/things/dev1/telemetry", NO_THING),
				"an undefined variable matches nothing");
		assertFalse(PolicyEvaluator.isAllowed(List.of(d), "iot:Subscribe", P + "topicfilter/things/dev1/#", THING));
	}

	@Test
	void explicitDenyWinsAndActionsAreCaseInsensitiveGlobs() {
		PolicyDocument allow = doc("{\"Effect\":\"Allow\",\"Action\":\"iot:*\",\"Resource\":\"*\"}");
		PolicyDocument deny = doc("{\"Effect\":\"Deny\",\"Action\":\"iot:publish\",\"Resource\":\"" + P + "topic/secret\"}");
		assertTrue(PolicyEvaluator.isAllowed(List.of(allow, deny), "iot:Publish", P + "topic/open", THING));
		assertFalse(PolicyEvaluator.isAllowed(List.of(allow, deny), "iot:Publish", P + "topic/secret", THING));
		assertFalse(PolicyEvaluator.isAllowed(List.of(), "iot:Connect", P + "client/dev1", THING), "no policy, no access");
	}

	@Test
	void variableValuesAreLiteralNotWildcards() {
		ConnectionContext star = new ConnectionContext(Map.of("iot:ClientId", "*"));
		PolicyDocument d = doc("{\"Effect\":\"Allow\",\"Action\":\"iot:Connect\",\"Resource\":\"" + P + "client/${iot:ClientId}\"}");
		assertTrue(PolicyEvaluator.isAllowed(List.of(d), "iot:Connect", P + "client/*", star));
		PolicyDocument topics = doc("{\"Effect\":\"Allow\",\"Action\":\"iot:Publish\",\"Resource\":\"" + P
				+ "topic/${iot:ClientId}/x\"}");
		assertFalse(PolicyEvaluator.isAllowed(List.of(topics), "iot:Publish", P + "topic/other/x", star));
	}

	@Test
	void conditionsAreEvaluatedAndUnknownOperatorsNeverGrant() {
		PolicyDocument attached = doc("{\"Effect\":\"Allow\",\"Action\":\"iot:Connect\",\"Resource\":\"*\","
				+ "\"Condition\":{\"Bool\":{\"iot:Connection.Thing.IsAttached\":\"true\"}}}");
		assertTrue(PolicyEvaluator.isAllowed(List.of(attached), "iot:Connect", P + "client/dev1", THING));
		assertFalse(PolicyEvaluator.isAllowed(List.of(attached), "iot:Connect", P + "client/dev1", NO_THING));
		PolicyDocument unknown = doc("{\"Effect\":\"Allow\",\"Action\":\"iot:Connect\",\"Resource\":\"*\","
				+ "\"Condition\":{\"IpAddress\":{\"aws:SourceIp\":\"10.0.0.0/8\"}}}");
		assertFalse(PolicyEvaluator.isAllowed(List.of(unknown), "iot:Connect", P + "client/dev1", THING));
	}

	@Test
	void malformedDocumentsAreRejectedWithAReason() {
		for (String bad : new String[] { "", "[]", "{}", "{\"Statement\":[{\"Effect\":\"Maybe\",\"Action\":\"iot:*\",\"Resource\":\"*\"}]}",
				"{\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}}",
				"{\"Statement\":[{\"Effect\":\"Allow\",\"Resource\":\"*\"}]}" }) {
			assertThrows(IllegalArgumentException.class, () -> PolicyDocument.parse(bad), bad);
		}
	}

	@Test
	void fuzzedDocumentsNeverThrowAnythingButIllegalArgument() {
		Random random = new Random(7);
		String seed = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"iot:Publish\"],"
				+ "\"Resource\":\"arn:aws:iot:*:*:topic/${iot:ClientId}/*\",\"Condition\":{\"StringLike\":{\"iot:ClientId\":\"d*\"}}}]}";
		for (int i = 0; i < 5000; i++) {
			char[] text = seed.toCharArray();
			for (int m = 0; m < 1 + random.nextInt(4); m++) {
				String alphabet = "{}[]\",:*$?x\\ ";
				text[random.nextInt(text.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
			}
			try {
				PolicyDocument d = PolicyDocument.parse(new String(text));
				PolicyEvaluator.isAllowed(List.of(d), "iot:Publish", P + "topic/dev1/a", THING);
			} catch (IllegalArgumentException expected) {
				// rejected as malformed
			}
		}
	}
}
