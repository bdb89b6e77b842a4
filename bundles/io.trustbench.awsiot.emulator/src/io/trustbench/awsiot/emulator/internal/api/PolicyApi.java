package io.trustbench.awsiot.emulator.internal.api;

import java.util.List;

import com.google.gson.JsonObject;

import io.trustbench.awsiot.emulator.internal.registry.Arns;
import io.trustbench.awsiot.emulator.internal.registry.AwsException;
import io.trustbench.awsiot.emulator.internal.registry.Page;
import io.trustbench.awsiot.emulator.internal.registry.PolicyRegistry;
import io.trustbench.awsiot.emulator.internal.state.PolicyRecord;

/** CreatePolicy, GetPolicy, ListPolicies, DeletePolicy, Attach/DetachPolicy, ListAttachedPolicies, ListTargetsForPolicy, legacy principal-policy calls. */
public final class PolicyApi implements ApiFamily {

	private final PolicyRegistry policies;
	private final Arns arns;

	public PolicyApi(PolicyRegistry policies, Arns arns) {
		this.policies = policies;
		this.arns = arns;
	}

	@Override
	public void register(Router router) {
		router.add("POST", "/policies/{policyName}", "CreatePolicy", this::create);
		router.add("GET", "/policies/{policyName}", "GetPolicy", this::get);
		router.add("GET", "/policies", "ListPolicies", this::list);
		router.add("DELETE", "/policies/{policyName}", "DeletePolicy", this::delete);
		router.add("PUT", "/target-policies/{policyName}", "AttachPolicy",
				r -> attach(r.path("policyName"), r.requiredString("target")));
		router.add("POST", "/target-policies/{policyName}", "DetachPolicy",
				r -> detach(r.path("policyName"), r.requiredString("target")));
		router.add("PUT", "/principal-policies/{policyName}", "AttachPrincipalPolicy",
				r -> attach(r.path("policyName"), principal(r)));
		router.add("DELETE", "/principal-policies/{policyName}", "DetachPrincipalPolicy",
				r -> detach(r.path("policyName"), principal(r)));
		router.add("POST", "/attached-policies/{target}", "ListAttachedPolicies", r -> attached(r, r.path("target")));
		router.add("GET", "/principal-policies", "ListPrincipalPolicies", r -> attached(r, principal(r)));
		router.add("POST", "/policy-targets/{policyName}", "ListTargetsForPolicy", this::targets);
	}

	private ApiResponse create(ApiRequest request) {
		PolicyRecord r = policies.create(request.path("policyName"), request.requiredString("policyDocument"));
		JsonObject out = new JsonObject();
		out.addProperty("policyName", r.name);
		out.addProperty("policyArn", arns.policy(r.name));
		out.addProperty("policyDocument", r.document);
		out.addProperty("policyVersionId", "1");
		return ApiResponse.ok(out);
	}

	private ApiResponse get(ApiRequest request) {
		PolicyRecord r = policies.get(request.path("policyName"));
		JsonObject out = new JsonObject();
		out.addProperty("policyName", r.name);
		out.addProperty("policyArn", arns.policy(r.name));
		out.addProperty("policyDocument", r.document);
		out.addProperty("defaultVersionId", "1");
		out.addProperty("creationDate", Json.seconds(r.createdMillis));
		out.addProperty("lastModifiedDate", Json.seconds(r.modifiedMillis));
		out.addProperty("generationId", r.generationId);
		return ApiResponse.ok(out);
	}

	private ApiResponse list(ApiRequest request) {
		List<PolicyRecord> all = policies.list(!Boolean.FALSE.equals(request.queryBoolean("isAscendingOrder")));
		Page<PolicyRecord> page = Page.of(all, request.query("marker"), request.queryInt("pageSize"), 25, 250);
		return ApiResponse.ok(Json.withMarker(names(page.items()), "nextMarker", page.nextMarker()));
	}

	private ApiResponse delete(ApiRequest request) {
		policies.delete(request.path("policyName"));
		return ApiResponse.empty();
	}

	private ApiResponse attach(String policy, String target) {
		policies.attach(policy, target);
		return ApiResponse.empty();
	}

	private ApiResponse detach(String policy, String target) {
		policies.detach(policy, target);
		return ApiResponse.empty();
	}

	private ApiResponse attached(ApiRequest request, String target) {
		List<PolicyRecord> all = policies.attachedTo(target);
		Page<PolicyRecord> page = Page.of(all, request.query("marker"), request.queryInt("pageSize"), 25, 250);
		return ApiResponse.ok(Json.withMarker(names(page.items()), "nextMarker", page.nextMarker()));
	}

	/** The {@code policies} member of ListPolicies and ListAttachedPolicies: name and ARN only. */
	private JsonObject names(List<PolicyRecord> items) {
		JsonObject out = new JsonObject();
		out.add("policies", Json.array(items, r -> {
			JsonObject p = new JsonObject();
			p.addProperty("policyName", r.name);
			p.addProperty("policyArn", arns.policy(r.name));
			return p;
		}));
		return out;
	}

	private ApiResponse targets(ApiRequest request) {
		policies.get(request.path("policyName"));
		List<String> all = policies.targets(request.path("policyName"));
		Page<String> page = Page.of(all, request.query("marker"), request.queryInt("pageSize"), 25, 250);
		JsonObject out = new JsonObject();
		out.add("targets", Json.array(page.items(), com.google.gson.JsonPrimitive::new));
		return ApiResponse.ok(Json.withMarker(out, "nextMarker", page.nextMarker()));
	}

	private static String principal(ApiRequest request) {
		String principal = request.header("x-amzn-iot-principal");
		if (principal == null || principal.isEmpty()) {
			throw AwsException.invalidRequest("the x-amzn-iot-principal header is required");
		}
		return principal;
	}
}
