package io.trustbench.awsiot.emulator.internal.mqtt;

/** Told of every message a device published through the broker (shadow requests, rules engine). */
@FunctionalInterface
public interface DevicePublishListener {

	void published(String topic, byte[] payload, String clientId);
}
