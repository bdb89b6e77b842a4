package io.trustbench.provisioning.core.thing;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;

import io.trustbench.secureelement.core.DeviceManager;

/**
 * Connects a provisioned thing to its MQTT endpoint the way its firmware does (credentials read
 * from its slots, TLS with the key inside the device). Implemented on top of the hardened TLS
 * client; the JITR flow only needs these three operations.
 */
public interface ThingConnector {

	/** Result of one connection attempt. */
	record Attempt(boolean connected, String detail) {
	}

	/** One connection attempt: JITR's first one is refused while the certificate is pending activation. */
	Attempt tryConnect(DeviceManager devices, String thingDeviceId, Path serverCa, IProgressMonitor monitor) throws Exception;

	/**
	 * Connects (retrying with back-off while refused), publishes {@code message} to {@code topic},
	 * sends a shadow update with {@code reportedJson} and waits for the shadow to accept it.
	 * @return a one-line description of what happened (topic, shadow version)
	 */
	String publishAndReport(DeviceManager devices, String thingDeviceId, Path serverCa, String topic, String message, String reportedJson,
			IProgressMonitor monitor) throws Exception;
}
