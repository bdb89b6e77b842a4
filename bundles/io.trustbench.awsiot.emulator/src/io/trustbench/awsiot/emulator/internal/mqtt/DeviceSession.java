package io.trustbench.awsiot.emulator.internal.mqtt;

import io.trustbench.awsiot.emulator.internal.policy.ConnectionContext;

/**
 * An admitted MQTT connection: who it is (certificate, client id, policy variables) and the
 * one-time credentials the front used for it towards the embedded broker.
 */
public record DeviceSession(String username, String password, String certificateId, String clientId,
		ConnectionContext context, Runnable closer) {
}
