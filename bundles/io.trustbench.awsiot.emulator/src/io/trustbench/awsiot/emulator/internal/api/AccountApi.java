package io.trustbench.awsiot.emulator.internal.api;

import java.util.Set;
import java.util.function.Supplier;

import com.google.gson.JsonObject;

import io.trustbench.awsiot.emulator.internal.registry.AwsException;
import io.trustbench.awsiot.emulator.internal.state.StateStore;

/** GetRegistrationCode and DescribeEndpoint. */
public final class AccountApi implements ApiFamily {

	private static final Set<String> TYPES = Set.of("iot:Data", "iot:Data-ATS", "iot:CredentialProvider", "iot:Jobs");

	private final StateStore store;
	private final Supplier<String> endpointAddress;

	/** @param endpointAddress the MQTT endpoint, {@code host} or {@code host:port} when the port is not 8883 */
	public AccountApi(StateStore store, Supplier<String> endpointAddress) {
		this.store = store;
		this.endpointAddress = endpointAddress;
	}

	@Override
	public void register(Router router) {
		router.add("GET", "/registrationcode", "GetRegistrationCode", r -> {
			JsonObject out = new JsonObject();
			out.addProperty("registrationCode", store.account().registrationCode);
			return ApiResponse.ok(out);
		});
		router.add("GET", "/endpoint", "DescribeEndpoint", r -> {
			String type = r.query("endpointType");
			if (type != null && !TYPES.contains(type)) {
				throw AwsException.invalidRequest("unknown endpointType " + type + "; one of " + TYPES);
			}
			JsonObject out = new JsonObject();
			out.addProperty("endpointAddress", endpointAddress.get());
			return ApiResponse.ok(out);
		});
	}
}
