package io.trustbench.awsiot.emulator.internal.api;

import java.nio.charset.StandardCharsets;

import com.google.gson.JsonObject;

import io.trustbench.awsiot.emulator.internal.registry.AwsException;
import io.trustbench.awsiot.emulator.internal.shadow.ShadowResult;
import io.trustbench.awsiot.emulator.internal.shadow.ShadowService;

/** IoT data plane: GetThingShadow, UpdateThingShadow, DeleteThingShadow (as IotDataPlaneClient calls them). */
public final class ShadowApi implements ApiFamily {

	private final ShadowService shadows;

	public ShadowApi(ShadowService shadows) {
		this.shadows = shadows;
	}

	@Override
	public void register(Router router) {
		router.add("GET", "/things/{thingName}/shadow", "GetThingShadow",
				r -> answer(r, "get", shadows.get(r.path("thingName"), name(r)), null));
		router.add("POST", "/things/{thingName}/shadow", "UpdateThingShadow", r -> {
			JsonObject request = r.json();
			String token = request.has("clientToken") && request.get("clientToken").isJsonPrimitive()
					? request.get("clientToken").getAsString()
					: null;
			return answer(r, "update", shadows.update(r.path("thingName"), name(r), request), token);
		});
		router.add("DELETE", "/things/{thingName}/shadow", "DeleteThingShadow",
				r -> answer(r, "delete", shadows.delete(r.path("thingName"), name(r)), null));
	}

	private ApiResponse answer(ApiRequest request, String operation, ShadowResult result, String token) {
		if (!operation.equals("get")) {
			shadows.announce(ShadowService.topicBase(request.path("thingName"), name(request)) + "/" + operation, result,
					token);
		}
		if (!result.isAccepted()) {
			String type = switch (result.errorCode()) {
			case 404 -> "ResourceNotFoundException";
			case 409 -> "ConflictException";
			case 413 -> "RequestEntityTooLargeException";
			default -> "InvalidRequestException";
			};
			throw new AwsException(type, result.errorCode(), result.errorMessage());
		}
		JsonObject body = result.accepted().deepCopy();
		if (token != null) {
			body.addProperty("clientToken", token);
		}
		return ApiResponse.raw(200, body.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static String name(ApiRequest request) {
		String name = request.query("name");
		return name == null ? "" : name;
	}
}
