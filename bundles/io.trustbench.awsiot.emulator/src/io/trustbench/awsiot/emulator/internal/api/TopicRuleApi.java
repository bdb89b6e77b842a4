package io.trustbench.awsiot.emulator.internal.api;

import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonObject;

import io.trustbench.awsiot.emulator.internal.registry.Arns;
import io.trustbench.awsiot.emulator.internal.registry.AwsException;
import io.trustbench.awsiot.emulator.internal.registry.Page;
import io.trustbench.awsiot.emulator.internal.rules.RuleEngine;
import io.trustbench.awsiot.emulator.internal.rules.RuleSql;
import io.trustbench.awsiot.emulator.internal.rules.TopicFilters;
import io.trustbench.awsiot.emulator.internal.state.StateStore;
import io.trustbench.awsiot.emulator.internal.state.TopicRuleRecord;

/** CreateTopicRule, GetTopicRule, ListTopicRules, DeleteTopicRule, ReplaceTopicRule, Enable/DisableTopicRule. */
public final class TopicRuleApi implements ApiFamily {

	private final StateStore store;
	private final RuleEngine engine;
	private final Arns arns;

	public TopicRuleApi(StateStore store, RuleEngine engine, Arns arns) {
		this.store = store;
		this.engine = engine;
		this.arns = arns;
	}

	@Override
	public void register(Router router) {
		router.add("POST", "/rules/{ruleName}", "CreateTopicRule", r -> save(r, false));
		router.add("PATCH", "/rules/{ruleName}", "ReplaceTopicRule", r -> save(r, true));
		router.add("GET", "/rules/{ruleName}", "GetTopicRule", this::get);
		router.add("DELETE", "/rules/{ruleName}", "DeleteTopicRule", this::delete);
		router.add("GET", "/rules", "ListTopicRules", this::list);
		router.add("POST", "/rules/{ruleName}/enable", "EnableTopicRule", r -> enable(r, true));
		router.add("POST", "/rules/{ruleName}/disable", "DisableTopicRule", r -> enable(r, false));
	}

	private ApiResponse save(ApiRequest request, boolean replace) {
		String name = request.path("ruleName");
		if (name == null || !name.matches("[a-zA-Z0-9_]{1,128}")) {
			throw AwsException.invalidRequest("invalid rule name: " + name);
		}
		// The payload member is the HTTP body itself (rest-json "payload" trait).
		JsonObject payload = request.json();
		if (payload.size() == 0) {
			throw AwsException.invalidRequest("topicRulePayload is required");
		}
		if (!payload.has("sql") || !payload.get("sql").isJsonPrimitive()) {
			throw AwsException.invalidRequest("topicRulePayload.sql is required");
		}
		if (!payload.has("actions") || !payload.get("actions").isJsonArray()) {
			throw AwsException.invalidRequest("topicRulePayload.actions is required");
		}
		try {
			RuleSql.parse(payload.get("sql").getAsString());
		} catch (IllegalArgumentException e) {
			throw new AwsException("SqlParseException", 400, "SQL parse error: " + e.getMessage());
		}
		synchronized (store.lock()) {
			TopicRuleRecord existing = store.rules().get(name);
			if (existing != null && !replace) {
				throw AwsException.alreadyExists("Rule " + name + " already exists", name, arns.rule(name));
			}
			if (existing == null && replace) {
				throw AwsException.invalidRequest("Rule " + name + " does not exist");
			}
			TopicRuleRecord r = new TopicRuleRecord();
			r.name = name;
			r.payload = payload;
			r.createdMillis = System.currentTimeMillis();
			engine.forget(name);
			store.rules().put(r);
		}
		return ApiResponse.empty();
	}

	private ApiResponse get(ApiRequest request) {
		TopicRuleRecord r = store.rules().get(request.path("ruleName"));
		if (r == null) {
			throw new AwsException("UnauthorizedException", 401, "Rule " + request.path("ruleName") + " not found");
		}
		JsonObject rule = r.payload.deepCopy();
		rule.addProperty("ruleName", r.name);
		rule.addProperty("createdAt", Json.seconds(r.createdMillis));
		if (!rule.has("ruleDisabled")) {
			rule.addProperty("ruleDisabled", false);
		}
		JsonObject out = new JsonObject();
		out.addProperty("ruleArn", arns.rule(r.name));
		out.add("rule", rule);
		return ApiResponse.ok(out);
	}

	private ApiResponse delete(ApiRequest request) {
		synchronized (store.lock()) {
			if (store.rules().get(request.path("ruleName")) == null) {
				throw new AwsException("UnauthorizedException", 401, "Rule " + request.path("ruleName") + " not found");
			}
			store.rules().remove(request.path("ruleName"));
			engine.forget(request.path("ruleName"));
		}
		return ApiResponse.empty();
	}

	/** Flips {@code ruleDisabled} in the stored payload; the engine re-reads the rule. */
	private ApiResponse enable(ApiRequest request, boolean enabled) {
		String name = request.path("ruleName");
		synchronized (store.lock()) {
			TopicRuleRecord existing = store.rules().get(name);
			if (existing == null) {
				throw new AwsException("UnauthorizedException", 401, "Rule " + name + " not found");
			}
			TopicRuleRecord r = new TopicRuleRecord();
			r.name = name;
			r.payload = existing.payload.deepCopy();
			r.payload.addProperty("ruleDisabled", !enabled);
			r.createdMillis = existing.createdMillis;
			engine.forget(name);
			store.rules().put(r);
		}
		return ApiResponse.empty();
	}

	private ApiResponse list(ApiRequest request) {
		String topic = request.query("topic");
		Boolean disabled = request.queryBoolean("ruleDisabled");
		List<TopicRuleRecord> all = new ArrayList<>();
		for (TopicRuleRecord r : store.rules().all()) {
			String filter = RuleSql.parse(r.sql()).topicFilter();
			if ((topic == null || TopicFilters.matches(filter, topic) || filter.equals(topic))
					&& (disabled == null || disabled == r.disabled())) {
				all.add(r);
			}
		}
		Page<TopicRuleRecord> page = Page.of(all, request.query("nextToken"), request.queryInt("maxResults"), 1000, 10000);
		JsonObject out = new JsonObject();
		out.add("rules", Json.array(page.items(), r -> {
			JsonObject item = new JsonObject();
			item.addProperty("ruleArn", arns.rule(r.name));
			item.addProperty("ruleName", r.name);
			item.addProperty("topicPattern", RuleSql.parse(r.sql()).topicFilter());
			item.addProperty("createdAt", Json.seconds(r.createdMillis));
			item.addProperty("ruleDisabled", r.disabled());
			return item;
		}));
		return ApiResponse.ok(Json.withMarker(out, "nextToken", page.nextMarker()));
	}
}
