package io.trustbench.awsiot.emulator.internal.state;

import com.google.gson.JsonObject;

/** A topic rule: its payload exactly as CreateTopicRule received it. */
public final class TopicRuleRecord {
	public String name;
	public JsonObject payload;
	public long createdMillis;

	public String sql() {
		return payload.has("sql") ? payload.get("sql").getAsString() : "";
	}

	public boolean disabled() {
		return payload.has("ruleDisabled") && payload.get("ruleDisabled").getAsBoolean();
	}
}
