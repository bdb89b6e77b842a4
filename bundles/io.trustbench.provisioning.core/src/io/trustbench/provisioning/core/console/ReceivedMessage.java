package io.trustbench.provisioning.core.console;

import java.time.Instant;

/** A message the MQTT test client received: topic, arrival time, payload, QoS, retained flag. */
public record ReceivedMessage(String topic, Instant time, byte[] payload, int qos, boolean retained) {

	/** The payload for display: JSON pretty-printed, text as is, binary as hex. */
	public String text() {
		return JsonText.payload(payload);
	}
}
