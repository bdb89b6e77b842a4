package io.trustbench.awsiot.emulator.internal.rules;

import com.google.gson.JsonObject;

/** What a topic rule does with the SELECT output of a matching message. */
public interface RuleAction {

	/** @param ruleName for the log; @param output the rule's SELECT result; @param action the action's JSON */
	void run(String ruleName, JsonObject output, JsonObject action, RuleMessage message);
}
