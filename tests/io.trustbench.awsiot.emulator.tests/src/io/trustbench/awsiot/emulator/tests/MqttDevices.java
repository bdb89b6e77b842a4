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
		MqttClient client = new MqttClient(uri, clientId, new MemoryPersistence());
		// Never wait forever on an acknowledgement that a closed connection will not deliver.
		client.setTimeToWait(10_000);
		return client;
	}

	static MqttConnectOptions options(SSLSocketFactory factory) {
		MqttConnectOptions o = new MqttConnectOptions();
		o.setSocketFactory(factory);
		o.setCleanSession(true);
		o.setConnectionTimeout(30);
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
	 * Like {@link #connectWithRetry(MqttClient, SSLSocketFactory, Duration)} but with a fresh client
	 * per attempt, so that a timed-out attempt can never leak into the next one.
	 */
	static MqttClient connectFresh(String uri, String clientId, SSLSocketFactory factory, Duration deadline)
			throws MqttException {
		Instant end = Instant.now().plus(deadline);
		long backoff = 10;
		while (true) {
			MqttClient client = client(uri, clientId);
			try {
				client.connect(options(factory));
				return client;
			} catch (MqttException e) {
				client.close(true);
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
