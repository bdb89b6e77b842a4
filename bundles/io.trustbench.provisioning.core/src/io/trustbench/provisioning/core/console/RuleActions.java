package io.trustbench.provisioning.core.console;

import java.util.ArrayList;
import java.util.List;

import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.iot.model.Action;

/**
 * A topic rule action in one line, e.g. {@code lambda functionArn=arn:…} or
 * {@code republish topic=things/x qos=0}: read generically from the SDK model, so the dozens of
 * action kinds need no switch and new ones show up without a change here.
 */
final class RuleActions {

	private RuleActions() {
	}

	static String describe(Action action) {
		List<String> kinds = new ArrayList<>();
		for (SdkField<?> field : action.sdkFields()) {
			Object value = field.getValueOrDefault(action);
			if (value != null) {
				kinds.add(field.locationName() + summary(value));
			}
		}
		return String.join(", ", kinds);
	}

	private static String summary(Object value) {
		if (!(value instanceof SdkPojo pojo)) {
			return " " + value;
		}
		List<String> parts = new ArrayList<>();
		for (SdkField<?> field : pojo.sdkFields()) {
			Object v = field.getValueOrDefault(pojo);
			if (v != null && !(v instanceof SdkPojo) && !(v instanceof java.util.Collection<?>)) {
				parts.add(field.locationName() + "=" + v);
			}
		}
		return parts.isEmpty() ? "" : " " + String.join(" ", parts);
	}
}
