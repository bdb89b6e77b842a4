package io.trustbench.provisioning.core.console;

import java.net.URI;
import java.time.Clock;

import javax.net.SocketFactory;

import io.trustbench.awsiot.emulator.IotEmulator;

/**
 * Where and how the MQTT test client connects. Local emulator: MQTT over mutual TLS with the
 * console certificate the emulator issued itself (admitted as the account owner, all actions
 * allowed; never a device key). AWS: MQTT over WebSocket with a SigV4-presigned URL from the
 * session's credentials, as the AWS console does. Other endpoints (moto) have no broker.
 */
public record MqttEndpoint(URI uri, SocketFactory socketFactory, String description) {

	public static MqttEndpoint of(ConsoleSession session) throws Exception {
		var emulator = session.emulator();
		if (emulator.isPresent()) {
			IotEmulator e = emulator.get();
			return new MqttEndpoint(URI.create("ssl://127.0.0.1:" + e.mqttPort()),
					ConsoleTls.socketFactory(e.consoleCertificateFile(), e.consoleKeyFile(), e.serverCaFile()),
					"local emulator MQTT 127.0.0.1:" + e.mqttPort() + " (console certificate)");
		}
		return switch (session.profile().kind()) {
		case AWS -> {
			String host = session.cloud().dataEndpoint();
			URI url = new WebSocketPresigner(Clock.systemUTC()).presign(host, session.region().id(),
					session.credentials().resolveIdentity().join());
			yield new MqttEndpoint(url, null, "wss://" + host + "/mqtt (SigV4)");
		}
		default -> throw new UnsupportedOperationException("the MQTT test client is not supported by this endpoint ("
				+ session.profile().describe() + "): it has no MQTT broker; use the local emulator or AWS");
		};
	}

	/** For messages and logs: never the presigned query (it carries the access key id and signature). */
	@Override
	public String toString() {
		return description;
	}
}
