package io.trustbench.awsiot.emulator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.trustbench.awsiot.emulator.internal.rules.RuleMessage;
import io.trustbench.awsiot.emulator.internal.rules.RuleSql;
import io.trustbench.awsiot.emulator.internal.rules.TopicFilters;

class RuleSqlTest {

	private static RuleMessage message(String topic, String json) {
		return new RuleMessage(topic, json.getBytes(StandardCharsets.UTF_8), JsonParser.parseString(json).getAsJsonObject(),
				"dev1");
	}

	@Test
	void selectsTheRegistrationEventOfOneCa() {
		RuleSql sql = RuleSql.parse("SELECT * FROM '$aws/events/certificates/registered/abc' WHERE certificateStatus = 'PENDING_ACTIVATION'");
		JsonObject out = sql.apply(message("$aws/events/certificates/registered/abc",
				"{\"certificateId\":\"c1\",\"certificateStatus\":\"PENDING_ACTIVATION\"}"));
		assertNotNull(out);
		assertEquals("c1", out.get("certificateId").getAsString());
		assertNull(sql.apply(message("$aws/events/certificates/registered/other", "{\"certificateStatus\":\"PENDING_ACTIVATION\"}")));
		assertNull(sql.apply(message("$aws/events/certificates/registered/abc", "{\"certificateStatus\":\"ACTIVE\"}")));
	}

	@Test
	void projectionsFunctionsAndComparisons() {
		RuleSql sql = RuleSql.parse("select state.reported.temp as t, topic(2) as thing, clientid() FROM 'things/+/telemetry' "
				+ "where state.reported.temp > 20 and (topic(1) = 'things' or false = true)");
		JsonObject out = sql.apply(message("things/dev7/telemetry", "{\"state\":{\"reported\":{\"temp\":25}}}"));
		assertEquals(25, out.get("t").getAsInt());
		assertEquals("dev7", out.get("thing").getAsString());
		assertEquals("dev1", out.get("clientid").getAsString());
		assertNull(sql.apply(message("things/dev7/telemetry", "{\"state\":{\"reported\":{\"temp\":19}}}")));
	}

	@Test
	void topicFiltersFollowMqttIncludingDollarTopics() {
		assertTrue(TopicFilters.matches("a/+/c", "a/b/c"));
		assertTrue(TopicFilters.matches("a/#", "a/b/c"));
		assertTrue(TopicFilters.matches("$aws/events/#", "$aws/events/x"));
		assertEquals(false, TopicFilters.matches("#", "$aws/events/x"));
		assertEquals(false, TopicFilters.matches("+/events/x", "$aws/events/x"));
	}

	@Test
	void badSqlIsASqlParseErrorAndFuzzNeverEscapes() {
		for (String bad : new String[] { "", "SELECT", "SELECT * FROM", "SELECT * FROM topic", "SELECT * FROM 'a' WHERE",
				"SELECT * FROM 'a' WHERE x ~ 1", "SELECT nosuch() FROM 'a'", "DELETE FROM 'a'" }) {
			assertThrows(IllegalArgumentException.class, () -> RuleSql.parse(bad), bad);
		}
		Random random = new Random(11);
		String seed = "SELECT a.b AS c, topic(1) FROM 'x/+/y' WHERE a.b >= 3 AND (c <> 'q' OR d = true)";
		RuleMessage m = message("x/1/y", "{\"a\":{\"b\":4}}");
		for (int i = 0; i < 5000; i++) {
			char[] text = seed.toCharArray();
			for (int k = 0; k < 1 + random.nextInt(3); k++) {
				text[random.nextInt(text.length)] = "'()=<>,.*# aZ9".charAt(random.nextInt(14));
			}
			try {
				RuleSql.parse(new String(text)).apply(m);
			} catch (IllegalArgumentException expected) {
				// SqlParseException on AWS
			}
		}
	}
}
