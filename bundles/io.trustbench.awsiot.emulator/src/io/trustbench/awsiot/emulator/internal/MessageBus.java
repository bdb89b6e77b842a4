package io.trustbench.awsiot.emulator.internal;

import java.nio.charset.StandardCharsets;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.trustbench.awsiot.emulator.internal.mqtt.BrokerHost;
import io.trustbench.awsiot.emulator.internal.mqtt.DevicePublishListener;
import io.trustbench.awsiot.emulator.internal.mqtt.MessageSink;
import io.trustbench.awsiot.emulator.internal.rules.RuleEngine;
import io.trustbench.awsiot.emulator.internal.rules.RuleMessage;
import io.trustbench.awsiot.emulator.internal.shadow.ShadowService;
import io.trustbench.core.TrafficLog;

/**
 * The message fabric: what the service publishes (events, shadow answers, republished messages) goes
 * to MQTT subscribers and the rules engine; what devices publish goes to the shadow service and the
 * rules engine (subscribers already got it from the broker).
 */
public final class MessageBus implements MessageSink, DevicePublishListener {

	private final BrokerHost broker;
	private final RuleEngine rules;
	private ShadowService shadows;

	public MessageBus(BrokerHost broker, RuleEngine rules) {
		this.broker = broker;
		this.rules = rules;
	}

	public void setShadows(ShadowService shadows) {
		this.shadows = shadows;
	}

	@Override
	public void publish(String topic, byte[] payload) {
		TrafficLog.global().log(TrafficLog.Channel.MQTT, "aws-iot-emulator",
				"service PUBLISH → " + topic + " (" + payload.length + " bytes)");
		broker.publish(topic, payload);
		rules.dispatch(new RuleMessage(topic, payload, json(payload), null));
	}

	@Override
	public void published(String topic, byte[] payload, String clientId) {
		if (shadows != null && topic.startsWith("$aws/things/")) {
			shadows.onMqttRequest(topic, payload);
		}
		rules.dispatch(new RuleMessage(topic, payload, json(payload), clientId));
	}

	private static JsonObject json(byte[] payload) {
		try {
			JsonElement e = JsonParser.parseString(new String(payload, StandardCharsets.UTF_8));
			return e.isJsonObject() ? e.getAsJsonObject() : null;
		} catch (RuntimeException e) {
			return null;
		}
	}
}
