package io.trustbench.provisioning.core.fleet;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

/** One row of the fleet's result table, saved in the fleet's state as JSON. */
public record ThingResult(String deviceId, Status status, String thingName, String certificateId, long millis,
		String message) {

	public enum Status { OK, FAILED, NOT_RUN }

	private static final Gson GSON = new Gson();

	String toJson() {
		return GSON.toJson(this);
	}

	static ThingResult fromJson(String deviceId, String json) {
		try {
			ThingResult result = GSON.fromJson(json, ThingResult.class);
			return result == null || result.status == null ? notRun(deviceId) : result;
		} catch (JsonParseException e) {
			return notRun(deviceId);
		}
	}

	static ThingResult notRun(String deviceId) {
		return new ThingResult(deviceId, Status.NOT_RUN, "", "", 0, "");
	}

	/** One table line: device, outcome, thing name, short certificate id, time, reason. */
	public String describe() {
		String id = certificateId == null || certificateId.length() < 12 ? String.valueOf(certificateId) : certificateId.substring(0, 12) + "…";
		return String.format("%-7s %-22s %-14s %6d ms  %s", status, thingName == null ? "" : thingName, id, millis,
				message == null ? "" : message).trim();
	}
}
