package io.trustbench.provisioning.core.console;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.eclipse.core.runtime.IStatus;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.iotdataplane.IotDataPlaneClient;
import software.amazon.awssdk.services.iotdataplane.model.ConflictException;
import software.amazon.awssdk.services.iotdataplane.model.ResourceNotFoundException;

/**
 * Device Shadow view and edit over the IoT data plane (classic shadow, or a named one): get,
 * update the desired state (validated first; a version conflict becomes a clear message), delete.
 */
public final class ShadowConsole {

	private final IotDataPlaneClient data;

	public ShadowConsole(IotDataPlaneClient data) {
		this.data = data;
	}

	/** The shadow, or empty when the thing has none (yet). */
	public Optional<ShadowDocument> get(String thingName, String shadowName) {
		try {
			SdkBytes payload = data.getThingShadow(r -> r.thingName(thingName).shadowName(blankToNull(shadowName)))
					.payload();
			return Optional.of(ShadowDocument.parse(payload.asUtf8String()));
		} catch (ResourceNotFoundException none) {
			return Optional.empty();
		}
	}

	/**
	 * Sends {@code desiredJson} as the desired state. {@code editedVersion} is the version the user
	 * edited (0: none loaded); if the shadow changed since, nothing is changed and the status says so.
	 */
	public IStatus updateDesired(String thingName, String shadowName, String desiredJson, long editedVersion) {
		String what = "Could not update the shadow of " + label(thingName, shadowName);
		DesiredState desired;
		try {
			desired = DesiredState.parse(desiredJson);
		} catch (IllegalArgumentException e) {
			return ConsoleStatus.error(what + ": " + e.getMessage());
		}
		try {
			SdkBytes body = SdkBytes.fromString(desired.updateBody(editedVersion), StandardCharsets.UTF_8);
			data.updateThingShadow(r -> r.thingName(thingName).shadowName(blankToNull(shadowName)).payload(body));
			return ConsoleStatus.ok("Updated the desired state of " + label(thingName, shadowName));
		} catch (ConflictException e) {
			return ConsoleStatus.error(what + ": it changed since version " + editedVersion
					+ " was loaded; refresh and edit again");
		} catch (SdkException e) {
			return ConsoleStatus.error(what, e);
		}
	}

	public IStatus delete(String thingName, String shadowName) {
		return ConsoleStatus.attempt(
				() -> data.deleteThingShadow(r -> r.thingName(thingName).shadowName(blankToNull(shadowName))),
				"Deleted the shadow of " + label(thingName, shadowName),
				"Could not delete the shadow of " + label(thingName, shadowName));
	}

	private static String label(String thingName, String shadowName) {
		return blankToNull(shadowName) == null ? thingName : thingName + " (shadow " + shadowName + ")";
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}
}
