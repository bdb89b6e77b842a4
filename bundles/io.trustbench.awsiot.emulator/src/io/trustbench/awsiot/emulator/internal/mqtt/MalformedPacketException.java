package io.trustbench.awsiot.emulator.internal.mqtt;

import java.io.IOException;

/** The peer sent bytes that are not a valid MQTT 3.1.1 packet; the connection is closed. */
public final class MalformedPacketException extends IOException {

	private static final long serialVersionUID = 1L;

	public MalformedPacketException(String message) {
		super(message);
	}
}
