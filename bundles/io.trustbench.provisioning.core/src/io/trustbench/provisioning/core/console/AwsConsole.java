package io.trustbench.provisioning.core.console;

import java.nio.file.Path;

import io.trustbench.provisioning.core.aws.ConnectionProfile;

/**
 * One connected console: the session and the services the view offers on it (listing, actions,
 * shadows, MQTT test client). Same for the local emulator, AWS and any AWS-compatible endpoint.
 */
public final class AwsConsole implements AutoCloseable {

	private final ConsoleSession session;
	private final ResourceLister lister;
	private final CertificateActions certificates;
	private final ResourceActions resources;
	private MqttTestClient mqtt;

	public AwsConsole(ConsoleSession session) {
		this.session = session;
		this.lister = new ResourceLister(session.iot());
		this.certificates = new CertificateActions(session.iot());
		this.resources = new ResourceActions(session.iot());
	}

	public static AwsConsole open(ConnectionProfile profile, Path workspace) throws Exception {
		return new AwsConsole(ConsoleSession.open(profile, workspace));
	}

	public ConsoleSession session() {
		return session;
	}

	public ResourceLister lister() {
		return lister;
	}

	public CertificateActions certificates() {
		return certificates;
	}

	public ResourceActions resources() {
		return resources;
	}

	public ShadowConsole shadows() {
		return new ShadowConsole(session.dataPlane());
	}

	/** The MQTT test client, connecting it on first use (blocking: call from a Job). */
	public synchronized MqttTestClient mqtt() throws Exception {
		if (mqtt == null || !mqtt.isConnected()) {
			if (mqtt != null) {
				mqtt.close();
			}
			mqtt = MqttTestClient.connect(MqttEndpoint.of(session));
		}
		return mqtt;
	}

	/** The MQTT test client if it is connected, without connecting. */
	public synchronized java.util.Optional<MqttTestClient> connectedMqtt() {
		return mqtt != null && mqtt.isConnected() ? java.util.Optional.of(mqtt) : java.util.Optional.empty();
	}

	@Override
	public synchronized void close() {
		if (mqtt != null) {
			mqtt.close();
		}
		session.close();
	}
}
