package io.trustbench.awsiot.emulator.internal.mqtt;

/** Where the service's own messages go: MQTT subscribers and the rules engine. */
@FunctionalInterface
public interface MessageSink {

	void publish(String topic, byte[] payload);
}
