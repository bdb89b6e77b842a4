package io.trustbench.awsiot.emulator.internal.state;

import java.util.LinkedHashMap;
import java.util.Map;

/** A thing in the registry. */
public final class ThingRecord {
	public String name;
	public String id;
	public String typeName;
	public Map<String, String> attributes = new LinkedHashMap<>();
	public long version = 1;
}
