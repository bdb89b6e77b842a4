package io.trustbench.awsiot.emulator.internal.api;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.trustbench.awsiot.emulator.internal.registry.Arns;
import io.trustbench.awsiot.emulator.internal.registry.AwsException;
import io.trustbench.awsiot.emulator.internal.state.ProvisioningTemplateRecord;
import io.trustbench.awsiot.emulator.internal.state.StateStore;

/** CreateProvisioningTemplate and DescribeProvisioningTemplate (JITP templates and fleet-provisioning ones). */
public final class ProvisioningTemplateApi implements ApiFamily {

	private final StateStore store;
	private final Arns arns;

	public ProvisioningTemplateApi(StateStore store, Arns arns) {
		this.store = store;
		this.arns = arns;
	}

	@Override
	public void register(Router router) {
		router.add("POST", "/provisioning-templates", "CreateProvisioningTemplate", this::create);
		router.add("GET", "/provisioning-templates/{templateName}", "DescribeProvisioningTemplate", this::describe);
	}

	private ApiResponse create(ApiRequest request) {
		String name = request.requiredString("templateName");
		if (!name.matches("[0-9A-Za-z_-]{1,36}")) {
			throw AwsException.invalidRequest("invalid templateName: " + name);
		}
		String body = request.requiredString("templateBody");
		try {
			if (!JsonParser.parseString(body).isJsonObject()) {
				throw AwsException.invalidRequest("templateBody must be a JSON object");
			}
		} catch (com.google.gson.JsonParseException e) {
			throw AwsException.invalidRequest("templateBody is not valid JSON");
		}
		String type = request.string("type") == null ? "FLEET_PROVISIONING" : request.string("type");
		if (!type.equals("FLEET_PROVISIONING") && !type.equals("JITP")) {
			throw AwsException.invalidRequest("type must be FLEET_PROVISIONING or JITP");
		}
		ProvisioningTemplateRecord r = new ProvisioningTemplateRecord();
		r.name = name;
		r.description = request.string("description");
		r.body = body;
		r.enabled = Boolean.TRUE.equals(request.bool("enabled"));
		r.roleArn = request.requiredString("provisioningRoleArn");
		r.type = type;
		r.createdMillis = r.modifiedMillis = System.currentTimeMillis();
		synchronized (store.lock()) {
			if (store.templates().get(name) != null) {
				throw AwsException.alreadyExists("Provisioning template " + name + " already exists", name,
						arns.template(name));
			}
			store.templates().put(r);
		}
		JsonObject out = new JsonObject();
		out.addProperty("templateArn", arns.template(name));
		out.addProperty("templateName", name);
		out.addProperty("defaultVersionId", 1);
		return ApiResponse.ok(out);
	}

	private ApiResponse describe(ApiRequest request) {
		ProvisioningTemplateRecord r = store.templates().get(request.path("templateName"));
		if (r == null) {
			throw AwsException.notFound("Provisioning template " + request.path("templateName") + " does not exist");
		}
		JsonObject out = new JsonObject();
		out.addProperty("templateArn", arns.template(r.name));
		out.addProperty("templateName", r.name);
		if (r.description != null) {
			out.addProperty("description", r.description);
		}
		out.addProperty("creationDate", Json.seconds(r.createdMillis));
		out.addProperty("lastModifiedDate", Json.seconds(r.modifiedMillis));
		out.addProperty("defaultVersionId", 1);
		out.addProperty("templateBody", r.body);
		out.addProperty("enabled", r.enabled);
		out.addProperty("provisioningRoleArn", r.roleArn);
		out.addProperty("type", r.type);
		return ApiResponse.ok(out);
	}
}
