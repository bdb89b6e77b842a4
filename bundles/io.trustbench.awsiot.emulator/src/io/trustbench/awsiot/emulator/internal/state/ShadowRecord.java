package io.trustbench.awsiot.emulator.internal.state;

import com.google.gson.JsonObject;

/** A device shadow document: state (desired/reported), per-leaf metadata, version. */
public final class ShadowRecord {
	public String thingName;
	/** Empty for the classic (unnamed) shadow. */
	public String shadowName = "";
	public JsonObject state = new JsonObject();
	public JsonObject metadata = new JsonObject();
	public long version;
	public long timestampSeconds;
}
