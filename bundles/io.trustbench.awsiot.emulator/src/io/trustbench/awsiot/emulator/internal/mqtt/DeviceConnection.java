package io.trustbench.awsiot.emulator.internal.mqtt;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSocket;

import io.trustbench.core.TrafficLog;

/**
 * One device connection through the TLS front: handshake (client certificate required), admission,
 * CONNECT check against iot:Connect, then a proxy to the embedded broker that checks every PUBLISH
 * (iot:Publish, refused → connection closed as on AWS) and every delivered message (iot:Receive,
 * refused → dropped and acknowledged to the broker). Anything malformed closes this connection only.
 */
final class DeviceConnection implements Runnable {

	private static final String SOURCE = "aws-iot-mqtt";
	private static final int HANDSHAKE_TIMEOUT_MS = 10_000;

	private final SSLSocket device;
	private final MqttFront front;
	private final ExecutorService executor;
	private final AtomicBoolean closed = new AtomicBoolean();
	private final java.util.concurrent.CountDownLatch brokerDone = new java.util.concurrent.CountDownLatch(1);
	private Socket broker;
	private DeviceSession session;
	private String label;

	DeviceConnection(SSLSocket device, MqttFront front, ExecutorService executor) {
		this.device = device;
		this.front = front;
		this.executor = executor;
		this.label = device.getRemoteSocketAddress().toString();
	}

	@Override
	public void run() {
		try {
			device.setSoTimeout(HANDSHAKE_TIMEOUT_MS);
			device.startHandshake();
			X509Certificate[] chain = peerChain();
			Admission admission = front.admission().admit(chain);
			if (!admission.accepted()) {
				log(TrafficLog.Channel.MQTT, "refused " + label + ": " + admission.refusal());
				return;
			}
			InputStream deviceIn = new BufferedInputStream(device.getInputStream());
			MqttFrameReader reader = new MqttFrameReader(deviceIn, front.maxPacket());
			MqttFrame first = reader.read();
			if (first == null) {
				return;
			}
			ConnectPacket connect = ConnectPacket.parse(first);
			if (connect.level() == 5) {
				device.getOutputStream().write(MqttPackets.connack(0x01));
				log(TrafficLog.Channel.MQTT, "refused " + label + ": MQTT 5 is not emulated (use MQTT 3.1.1)");
				return;
			}
			session = front.sessions().open(admission.principalId(), connect.clientId(),
					ConnectionContexts.of(front.store(), admission.certificate(), admission.leaf(), connect.clientId()),
					this::close);
			label = "client " + connect.clientId();
			if (!front.gate().canConnect(session)) {
				log(TrafficLog.Channel.MQTT, "refused " + label + ": iot:Connect denied by the policies of certificate "
						+ admission.principalId());
				return;
			}
			log(TrafficLog.Channel.MQTT, "CONNECT " + label + (admission.certificate() == null ? " (console principal)"
					: " (certificate " + admission.principalId() + ")"));
			device.setSoTimeout(0);
			broker = new Socket(InetAddress.getLoopbackAddress(), front.brokerPort());
			broker.setTcpNoDelay(true);
			OutputStream brokerOut = broker.getOutputStream();
			brokerOut.write(connect.encodeWithCredentials(session.username(), session.password()));
			brokerOut.flush();
			executor.execute(this::pumpBrokerToDevice);
			if (pumpDeviceToBroker(reader, brokerOut)) {
				// Let the broker finish the messages before the DISCONNECT, then it closes its side.
				brokerDone.await(5, java.util.concurrent.TimeUnit.SECONDS);
			}
		} catch (SocketTimeoutException e) {
			log(TrafficLog.Channel.MQTT, "closed " + label + ": timed out waiting for the handshake or CONNECT");
		} catch (SSLPeerUnverifiedException e) {
			log(TrafficLog.Channel.MQTT, "refused " + label + ": no client certificate");
		} catch (SSLException e) {
			log(TrafficLog.Channel.MQTT, "refused " + label + ": TLS failed: " + e.getMessage());
		} catch (MalformedPacketException e) {
			log(TrafficLog.Channel.ERROR, "closed " + label + ": malformed MQTT: " + e.getMessage());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} catch (IOException | RuntimeException e) {
			if (!closed.get()) {
				log(TrafficLog.Channel.MQTT, "closed " + label + ": " + e.getMessage());
			}
		} finally {
			close();
		}
	}

	private X509Certificate[] peerChain() throws SSLPeerUnverifiedException {
		Certificate[] peer = device.getSession().getPeerCertificates();
		X509Certificate[] chain = new X509Certificate[peer.length];
		for (int i = 0; i < peer.length; i++) {
			chain[i] = (X509Certificate) peer[i];
		}
		return chain;
	}

	/** @return true when the device ended with DISCONNECT */
	private boolean pumpDeviceToBroker(MqttFrameReader reader, OutputStream brokerOut) throws IOException {
		MqttFrame frame;
		while ((frame = reader.read()) != null) {
			if (frame.type() == MqttFrame.CONNECT) {
				throw new MalformedPacketException("second CONNECT");
			}
			if (frame.type() == MqttFrame.PUBLISH) {
				PublishPacket publish = PublishPacket.parse(frame);
				if (publish.qos() == 2) {
					log(TrafficLog.Channel.MQTT, "closed " + label + ": QoS 2 is not supported by AWS IoT");
					return false;
				}
				if (!front.gate().canPublish(session, publish.topic())) {
					log(TrafficLog.Channel.MQTT, "closed " + label + ": iot:Publish to " + publish.topic() + " denied");
					return false;
				}
				log(TrafficLog.Channel.MQTT, "PUBLISH " + label + " → " + publish.topic() + " (" + publish.payload().length
						+ " bytes, QoS " + publish.qos() + ")");
			}
			synchronized (brokerOut) {
				brokerOut.write(frame.bytes());
				brokerOut.flush();
			}
			if (frame.type() == MqttFrame.DISCONNECT) {
				log(TrafficLog.Channel.MQTT, "DISCONNECT " + label);
				return true;
			}
		}
		return false;
	}

	private void pumpBrokerToDevice() {
		try {
			MqttFrameReader reader = new MqttFrameReader(new BufferedInputStream(broker.getInputStream()),
					front.maxPacket() + 1024);
			OutputStream deviceOut = device.getOutputStream();
			OutputStream brokerOut = broker.getOutputStream();
			MqttFrame frame;
			while ((frame = reader.read()) != null) {
				if (frame.type() == MqttFrame.CONNACK && frame.bytes().length == 4 && frame.bytes()[3] != 0) {
					log(TrafficLog.Channel.ERROR, "broker refused " + label + " with CONNACK code " + frame.bytes()[3]);
				}
				if (frame.type() == MqttFrame.PUBLISH) {
					PublishPacket publish = PublishPacket.parse(frame);
					if (!front.gate().canReceive(session, publish.topic())) {
						log(TrafficLog.Channel.MQTT, "dropped message on " + publish.topic() + " for " + label
								+ ": iot:Receive denied");
						if (publish.qos() == 1) {
							synchronized (brokerOut) {
								brokerOut.write(MqttPackets.puback(publish.packetId()));
								brokerOut.flush();
							}
						}
						continue;
					}
				}
				deviceOut.write(frame.bytes());
				deviceOut.flush();
			}
		} catch (IOException | RuntimeException e) {
			// The device or the broker went away; close() below ends the other direction.
		} finally {
			brokerDone.countDown();
			close();
		}
	}

	/** Closes both sides once; safe from any thread (also used to drop a revoked device). */
	void close() {
		if (!closed.compareAndSet(false, true)) {
			return;
		}
		front.closed(this);
		if (session != null) {
			front.sessions().close(session);
		}
		quietly(device);
		quietly(broker);
	}

	private void log(TrafficLog.Channel channel, String text) {
		TrafficLog.global().log(channel, SOURCE, text);
	}

	private static void quietly(Closeable c) {
		if (c != null) {
			try {
				c.close();
			} catch (IOException e) {
				// Already closed by the peer.
			}
		}
	}
}
