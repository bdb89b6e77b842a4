package io.trustbench.awsiot.emulator.internal.rules;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import io.trustbench.awsiot.emulator.internal.state.StateStore;
import io.trustbench.awsiot.emulator.internal.state.TopicRuleRecord;
import io.trustbench.core.TrafficLog;

/**
 * Runs the topic rules for every message that passes through the emulator (device publishes and
 * the emulator's own events), asynchronously like AWS: a slow action never delays MQTT traffic.
 * Supported actions: {@code lambda} with the built-in function name {@value #BUILT_IN_JITR}
 * (JITR activation), {@code republish}; other actions are logged as not emulated.
 */
public final class RuleEngine {

	public static final String BUILT_IN_JITR = "trustbench-jitr-activate";
	private static final String SOURCE = "aws-iot-rules";

	private final StateStore store;
	private final Map<String, RuleSql> parsed = new ConcurrentHashMap<>();
	private final Map<String, RuleAction> lambdas = new ConcurrentHashMap<>();
	private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
		Thread t = new Thread(r, "aws-iot-emulator-rules");
		t.setDaemon(true);
		return t;
	});
	private BiConsumer<String, byte[]> republisher = (topic, payload) -> {
	};

	public RuleEngine(StateStore store) {
		this.store = store;
	}

	/** A built-in Lambda function, selected by the function name at the end of the action's ARN. */
	public void addBuiltInFunction(String functionName, RuleAction action) {
		lambdas.put(functionName, action);
	}

	public void setRepublisher(BiConsumer<String, byte[]> republisher) {
		this.republisher = republisher;
	}

	public void dispatch(RuleMessage message) {
		for (TopicRuleRecord rule : store.rules().all()) {
			if (rule.disabled()) {
				continue;
			}
			RuleSql sql = parsed.computeIfAbsent(rule.name + "@" + rule.createdMillis, k -> RuleSql.parse(rule.sql()));
			JsonObject output;
			try {
				output = sql.apply(message);
			} catch (RuntimeException e) {
				TrafficLog.global().log(TrafficLog.Channel.ERROR, SOURCE, "rule " + rule.name + ": " + e.getMessage());
				continue;
			}
			if (output == null) {
				continue;
			}
			JsonElement actions = rule.payload.get("actions");
			if (actions == null || !actions.isJsonArray()) {
				continue;
			}
			for (JsonElement action : actions.getAsJsonArray()) {
				if (action.isJsonObject()) {
					executor.execute(() -> runAction(rule.name, output, action.getAsJsonObject(), message));
				}
			}
		}
	}

	/** Forgets the parsed SQL of a deleted or replaced rule. */
	public void forget(String ruleName) {
		parsed.keySet().removeIf(k -> k.startsWith(ruleName + "@"));
	}

	private void runAction(String ruleName, JsonObject output, JsonObject action, RuleMessage message) {
		try {
			if (action.has("lambda")) {
				JsonObject lambda = action.getAsJsonObject("lambda");
				String arn = lambda.has("functionArn") ? lambda.get("functionArn").getAsString() : "";
				RuleAction builtIn = lambdas.get(functionName(arn));
				if (builtIn == null) {
					TrafficLog.global().log(TrafficLog.Channel.INFO, SOURCE, "rule " + ruleName
							+ ": Lambda " + arn + " is not emulated (built-in functions: " + lambdas.keySet() + ")");
					return;
				}
				builtIn.run(ruleName, output, lambda, message);
			} else if (action.has("republish")) {
				JsonObject republish = action.getAsJsonObject("republish");
				String topic = republish.get("topic").getAsString().replace("${topic()}", message.topic());
				republisher.accept(topic, output.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
			} else {
				TrafficLog.global().log(TrafficLog.Channel.INFO, SOURCE,
						"rule " + ruleName + ": action " + action.keySet() + " is not emulated");
			}
		} catch (RuntimeException e) {
			TrafficLog.global().log(TrafficLog.Channel.ERROR, SOURCE,
					"rule " + ruleName + " action failed: " + e.getMessage());
		} finally {
			store.flush();
		}
	}

	/** {@code arn:aws:lambda:REGION:ACCOUNT:function:NAME[:QUALIFIER]} → NAME. */
	static String functionName(String arn) {
		int at = arn.indexOf(":function:");
		if (at < 0) {
			return arn;
		}
		String rest = arn.substring(at + ":function:".length());
		int colon = rest.indexOf(':');
		return colon < 0 ? rest : rest.substring(0, colon);
	}

	/** Waits until queued actions have run (tests, shutdown). */
	public void shutdown() {
		executor.shutdown();
		try {
			executor.awaitTermination(5, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
