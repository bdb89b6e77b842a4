package io.trustbench.awsiot.emulator.internal.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import io.trustbench.awsiot.emulator.internal.registry.Arns;
import io.trustbench.awsiot.emulator.internal.registry.AwsException;
import io.trustbench.awsiot.emulator.internal.registry.Page;
import io.trustbench.awsiot.emulator.internal.registry.ThingRegistry;
import io.trustbench.awsiot.emulator.internal.state.ThingRecord;

/** CreateThing, DescribeThing, ListThings, DeleteThing, Attach/DetachThingPrincipal, ListThingPrincipals, ListPrincipalThings. */
public final class ThingApi implements ApiFamily {

	private final ThingRegistry things;
	private final Arns arns;

	public ThingApi(ThingRegistry things, Arns arns) {
		this.things = things;
		this.arns = arns;
	}

	@Override
	public void register(Router router) {
		router.add("POST", "/things/{thingName}", "CreateThing", this::create);
		router.add("GET", "/things/{thingName}", "DescribeThing", this::describe);
		router.add("DELETE", "/things/{thingName}", "DeleteThing", this::delete);
		router.add("GET", "/things", "ListThings", this::list);
		router.add("PUT", "/things/{thingName}/principals", "AttachThingPrincipal", r -> {
			things.attachPrincipal(r.path("thingName"), principal(r));
			return ApiResponse.empty();
		});
		router.add("DELETE", "/things/{thingName}/principals", "DetachThingPrincipal", r -> {
			things.detachPrincipal(r.path("thingName"), principal(r));
			return ApiResponse.empty();
		});
		router.add("GET", "/things/{thingName}/principals", "ListThingPrincipals", r -> {
			things.describe(r.path("thingName"));
			return names(r, "principals", things.principals(r.path("thingName")));
		});
		router.add("GET", "/principals/things", "ListPrincipalThings", r -> names(r, "things", things.thingsOf(principal(r))));
	}

	private ApiResponse create(ApiRequest request) {
		Map<String, String> attributes = new LinkedHashMap<>();
		JsonObject payload = request.object("attributePayload");
		if (payload != null && payload.has("attributes") && payload.get("attributes").isJsonObject()) {
			for (Map.Entry<String, JsonElement> e : payload.getAsJsonObject("attributes").entrySet()) {
				attributes.put(e.getKey(), e.getValue().getAsString());
			}
		}
		ThingRecord r = things.create(request.path("thingName"), request.string("thingTypeName"), attributes);
		JsonObject out = new JsonObject();
		out.addProperty("thingName", r.name);
		out.addProperty("thingArn", arns.thing(r.name));
		out.addProperty("thingId", r.id);
		return ApiResponse.ok(out);
	}

	private ApiResponse describe(ApiRequest request) {
		ThingRecord r = things.describe(request.path("thingName"));
		JsonObject out = thing(r);
		out.addProperty("defaultClientId", r.name);
		out.addProperty("thingId", r.id);
		return ApiResponse.ok(out);
	}

	private JsonObject thing(ThingRecord r) {
		JsonObject out = new JsonObject();
		out.addProperty("thingName", r.name);
		out.addProperty("thingArn", arns.thing(r.name));
		if (r.typeName != null) {
			out.addProperty("thingTypeName", r.typeName);
		}
		JsonObject attributes = new JsonObject();
		r.attributes.forEach(attributes::addProperty);
		out.add("attributes", attributes);
		out.addProperty("version", r.version);
		return out;
	}

	private ApiResponse delete(ApiRequest request) {
		String expected = request.query("expectedVersion");
		Long version;
		try {
			version = expected == null ? null : Long.valueOf(expected);
		} catch (NumberFormatException e) {
			throw AwsException.invalidRequest("expectedVersion must be a number");
		}
		things.delete(request.path("thingName"), version);
		return ApiResponse.empty();
	}

	private ApiResponse list(ApiRequest request) {
		List<ThingRecord> all = things.list(request.query("attributeName"), request.query("attributeValue"),
				request.query("thingTypeName"));
		Page<ThingRecord> page = Page.of(all, request.query("nextToken"), request.queryInt("maxResults"), 50, 250);
		JsonObject out = new JsonObject();
		out.add("things", Json.array(page.items(), this::thing));
		return ApiResponse.ok(Json.withMarker(out, "nextToken", page.nextMarker()));
	}

	private static ApiResponse names(ApiRequest request, String member, List<String> all) {
		Page<String> page = Page.of(all, request.query("nextToken"), request.queryInt("maxResults"), 25, 250);
		JsonObject out = new JsonObject();
		out.add(member, Json.array(page.items(), JsonPrimitive::new));
		return ApiResponse.ok(Json.withMarker(out, "nextToken", page.nextMarker()));
	}

	private static String principal(ApiRequest request) {
		String principal = request.header("x-amzn-principal");
		if (principal == null || principal.isEmpty()) {
			throw AwsException.invalidRequest("the x-amzn-principal header is required");
		}
		return principal;
	}
}
