package io.trustbench.provisioning.core.console;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

import io.trustbench.core.Hex;
import io.trustbench.core.TrafficLog;

/**
 * The console's MQTT test client: connect to the session's broker ({@link MqttEndpoint}),
 * subscribe to topic filters (wildcards allowed), publish with QoS 0 or 1, and hand every received
 * message to the listeners. Calls block (run them in a Job); listeners are called on Paho's thread.
 */
public final class MqttTestClient implements AutoCloseable {

	private static final int TIMEOUT_SECONDS = 15;
	/** SUBACK return code for a refused subscription (AWS: the policy denies iot:Subscribe). */
	private static final int SUBACK_FAILURE = 0x80;

	private final MqttClient client;
	private final MqttEndpoint endpoint;
	private final Set<String> subscriptions = new TreeSet<>();
	private final CopyOnWriteArrayList<Consumer<ReceivedMessage>> listeners = new CopyOnWriteArrayList<>();
	private final CopyOnWriteArrayList<Consumer<String>> lostListeners = new CopyOnWriteArrayList<>();

	private MqttTestClient(MqttClient client, MqttEndpoint endpoint) {
		this.client = client;
		this.endpoint = endpoint;
	}

	/** Connects with a fresh client id ({@code trustbench-console-<random>}, like the AWS console's). */
	public static MqttTestClient connect(MqttEndpoint endpoint) throws MqttException {
		byte[] random = new byte[6];
		new SecureRandom().nextBytes(random);
		String clientId = "trustbench-console-" + Hex.encode(random);
		MqttClient paho = new MqttClient(endpoint.uri().toString(), clientId, new MemoryPersistence());
		MqttTestClient console = new MqttTestClient(paho, endpoint);
		paho.setCallback(console.new Callback());
		MqttConnectOptions options = new MqttConnectOptions();
		options.setCleanSession(true);
		options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
		options.setConnectionTimeout(TIMEOUT_SECONDS);
		options.setKeepAliveInterval(30);
		if (endpoint.socketFactory() != null) {
			options.setSocketFactory(endpoint.socketFactory());
		}
		paho.setTimeToWait(TIMEOUT_SECONDS * 1000L);
		try {
			paho.connect(options);
		} catch (MqttException e) {
			paho.close(true);
			throw e;
		}
		TrafficLog.global().log(TrafficLog.Channel.MQTT, "aws-console", "MQTT test client " + clientId + " connected to " + endpoint);
		return console;
	}

	public String clientId() {
		return client.getClientId();
	}

	public MqttEndpoint endpoint() {
		return endpoint;
	}

	public boolean isConnected() {
		return client.isConnected();
	}

	public void addMessageListener(Consumer<ReceivedMessage> listener) {
		listeners.add(listener);
	}

	public void removeMessageListener(Consumer<ReceivedMessage> listener) {
		listeners.remove(listener);
	}

	/** Told the one-line reason when the connection drops (e.g. the broker closed it). */
	public void addConnectionLostListener(Consumer<String> listener) {
		lostListeners.add(listener);
	}

	public IStatus subscribe(String topicFilter, int qos) {
		String what = "Could not subscribe to " + topicFilter;
		try {
			checkQos(qos);
			IMqttToken token = client.subscribeWithResponse(topicFilter, qos);
			int granted = token.getGrantedQos().length == 0 ? SUBACK_FAILURE : token.getGrantedQos()[0];
			if (granted == SUBACK_FAILURE) {
				return ConsoleStatus.error(what + ": the broker refused it (policy)");
			}
			synchronized (subscriptions) {
				subscriptions.add(topicFilter);
			}
			return ConsoleStatus.ok("Subscribed to " + topicFilter + " (QoS " + granted + ")");
		} catch (MqttException | IllegalArgumentException e) {
			return ConsoleStatus.error(what, e);
		}
	}

	public IStatus unsubscribe(String topicFilter) {
		try {
			client.unsubscribe(topicFilter);
			synchronized (subscriptions) {
				subscriptions.remove(topicFilter);
			}
			return ConsoleStatus.ok("Unsubscribed from " + topicFilter);
		} catch (MqttException e) {
			return ConsoleStatus.error("Could not unsubscribe from " + topicFilter, e);
		}
	}

	public Set<String> subscriptions() {
		synchronized (subscriptions) {
			return Set.copyOf(subscriptions);
		}
	}

	/** QoS 1 returns once the broker acknowledged the message. */
	public IStatus publish(String topic, byte[] payload, int qos) {
		try {
			checkQos(qos);
			MqttMessage message = new MqttMessage(payload);
			message.setQos(qos);
			client.publish(topic, message);
			return ConsoleStatus.ok("Published " + payload.length + " bytes to " + topic + " (QoS " + qos + ")");
		} catch (MqttException | IllegalArgumentException e) {
			return ConsoleStatus.error("Could not publish to " + topic, e);
		}
	}

	/** AWS IoT has no QoS 2 (the emulator closes the connection, as AWS does). */
	private static void checkQos(int qos) {
		if (qos != 0 && qos != 1) {
			throw new IllegalArgumentException("QoS must be 0 or 1 (AWS IoT does not support QoS 2)");
		}
	}

	@Override
	public void close() {
		try {
			if (client.isConnected()) {
				client.disconnect(2000);
			}
		} catch (MqttException e) {
			// Already gone; closing below frees the client either way.
		}
		try {
			client.close(true);
		} catch (MqttException e) {
			// Nothing left to release.
		}
	}

	private final class Callback implements MqttCallback {

		@Override
		public void connectionLost(Throwable cause) {
			String reason = ConsoleStatus.reason(cause);
			TrafficLog.global().log(TrafficLog.Channel.MQTT, "aws-console", "MQTT test client " + clientId() + " lost the connection: " + reason);
			lostListeners.forEach(l -> l.accept(reason));
		}

		@Override
		public void messageArrived(String topic, MqttMessage message) {
			ReceivedMessage received = new ReceivedMessage(topic, Instant.now(), message.getPayload(), message.getQos(),
					message.isRetained());
			listeners.forEach(l -> l.accept(received));
		}

		@Override
		public void deliveryComplete(IMqttDeliveryToken token) {
			// publish() already waits for QoS 1 acknowledgements.
		}
	}
}
