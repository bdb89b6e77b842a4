package io.trustbench.awsiot.emulator.internal.mqtt;

import java.io.IOException;
import java.util.List;
import java.util.Properties;

import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import io.moquette.interception.AbstractInterceptHandler;
import io.moquette.interception.messages.InterceptPublishMessage;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.mqtt.MqttFixedHeader;
import io.netty.handler.codec.mqtt.MqttMessageType;
import io.netty.handler.codec.mqtt.MqttPublishMessage;
import io.netty.handler.codec.mqtt.MqttPublishVariableHeader;
import io.netty.handler.codec.mqtt.MqttQoS;

/**
 * The embedded Moquette broker, listening on a loopback-only ephemeral port that only the TLS
 * front talks to. Sessions and retained messages are in memory (AWS keeps persistent sessions for
 * an hour; the emulator keeps them until it stops). Telemetry and metrics are off.
 */
public final class BrokerHost {

	private static final String INTERNAL_CLIENT = "aws-iot-emulator";

	static {
		// Moquette logs every start and connection at INFO through SLF4J; the emulator logs what
		// matters to the TrafficLog instead. Only a default: an explicit setting wins.
		if (System.getProperty("org.slf4j.simpleLogger.log.io.moquette") == null) {
			System.setProperty("org.slf4j.simpleLogger.log.io.moquette", "warn");
		}
		if (System.getProperty("org.slf4j.simpleLogger.log.io.netty") == null) {
			// Moquette's close races surface as netty WARNs about a session that "already changed state".
			System.setProperty("org.slf4j.simpleLogger.log.io.netty", "error");
		}
	}

	private final Server server = new Server();
	private volatile boolean running;
	private int port;

	public void start(BrokerAuthorizer authorizer, DevicePublishListener listener, int maxPacket) throws IOException {
		Properties p = new Properties();
		p.setProperty("host", "127.0.0.1");
		port = freeLoopbackPort();
		p.setProperty("port", Integer.toString(port));
		p.setProperty("websocket_port", "disabled");
		p.setProperty("allow_anonymous", "false");
		p.setProperty("allow_zero_byte_client_id", "false");
		p.setProperty("persistence_enabled", "false");
		p.setProperty("telemetry_enabled", "false");
		p.setProperty("use_metrics", "false");
		p.setProperty("use_bugsnag", "false");
		p.setProperty("netty.mqtt.message_size", Integer.toString(maxPacket));
		p.setProperty("immediate_buffer_flush", "true");
		AbstractInterceptHandler interceptor = new AbstractInterceptHandler() {
			@Override
			public String getID() {
				return "trustbench-aws-iot-emulator";
			}

			@Override
			public void onPublish(InterceptPublishMessage msg) {
				ByteBuf payload = msg.getPayload();
				byte[] bytes = new byte[payload.readableBytes()];
				payload.getBytes(payload.readerIndex(), bytes);
				listener.published(msg.getTopicName(), bytes, msg.getClientID());
			}

			@Override
			public void onSessionLoopError(Throwable error) {
				io.trustbench.core.TrafficLog.global().log(io.trustbench.core.TrafficLog.Channel.ERROR,
						"aws-iot-broker", "broker session error: " + error.getMessage());
			}
		};
		server.startServer(new MemoryConfig(p), List.of(interceptor), null, authorizer, authorizer);
		running = true;
	}

	/** Moquette 0.17 reports the configured port, not the bound one, so pick a free one first. */
	private static int freeLoopbackPort() throws IOException {
		try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			return probe.getLocalPort();
		}
	}

	public int port() {
		return port;
	}

	/** Publishes as the service itself (QoS 1, not retained): events, shadow answers, republish. */
	public void publish(String topic, byte[] payload) {
		if (!running) {
			return;
		}
		MqttPublishMessage message = new MqttPublishMessage(
				new MqttFixedHeader(MqttMessageType.PUBLISH, false, MqttQoS.AT_LEAST_ONCE, false, 0),
				new MqttPublishVariableHeader(topic, 0), Unpooled.wrappedBuffer(payload));
		server.internalPublish(message, INTERNAL_CLIENT);
	}

	public void stop() {
		if (running) {
			running = false;
			server.stopServer();
		}
	}
}
