package io.trustbench.awsiot.emulator.tests;

import java.time.Duration;
import java.time.Instant;

import javax.net.ssl.SSLSocketFactory;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/** Paho v3 devices with software keys. */
final class MqttDevices {

	private MqttDevices() {
	}

	static MqttClient client(String uri, String clientId) throws MqttException {
		return new MqttClient(uri, clientId, new MemoryPersistence());
	}

	static MqttConnectOptions options(SSLSocketFactory factory) {
		MqttConnectOptions o = new MqttConnectOptions();
		o.setSocketFactory(factory);
		o.setCleanSession(true);
		o.setConnectionTimeout(10);
		o.setKeepAliveInterval(60);
		o.setAutomaticReconnect(false);
		// Paho otherwise retries a failed 3.1.1 CONNECT as MQTT 3.1, hiding the JITR refusal.
		o.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
		return o;
	}

	/** Tries once; true when connected. */
	static boolean tryConnect(MqttClient client, SSLSocketFactory factory) {
		try {
			client.connect(options(factory));
			return true;
		} catch (MqttException e) {
			return false;
		}
	}

	/**
	 * Reconnects like a device does after JITR: retries with a short growing back-off until the
	 * rule has activated the certificate, or the deadline passes.
	 */
	static void connectWithRetry(MqttClient client, SSLSocketFactory factory, Duration deadline) throws MqttException {
		Instant end = Instant.now().plus(deadline);
		long backoff = 10;
		while (true) {
			try {
				client.connect(options(factory));
				return;
			} catch (MqttException e) {
				if (Instant.now().isAfter(end)) {
					throw e;
				}
			}
			try {
				Thread.sleep(backoff);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new MqttException(e);
			}
			backoff = Math.min(200, backoff * 2);
		}
	}
}
