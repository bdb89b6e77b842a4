package io.trustbench.awsiot.emulator.internal.mqtt;

import io.moquette.broker.security.IAuthenticator;
import io.moquette.broker.security.IAuthorizatorPolicy;
import io.moquette.broker.subscriptions.Topic;

/**
 * Moquette's authenticator and authorizer: only connections the TLS front admitted (by their
 * one-time credentials) may log in, and SUBSCRIBE is checked against iot:Subscribe so a denied
 * filter gets the failure return code in SUBACK, as on AWS.
 */
public final class BrokerAuthorizer implements IAuthenticator, IAuthorizatorPolicy {

	private final SessionRegistry sessions;
	private final PolicyGate gate;

	public BrokerAuthorizer(SessionRegistry sessions, PolicyGate gate) {
		this.sessions = sessions;
		this.gate = gate;
	}

	@Override
	public boolean checkValid(String clientId, String username, byte[] password) {
		DeviceSession session = sessions.authenticate(username, password);
		return session != null && session.clientId().equals(clientId);
	}

	/**
	 * iot:Publish is enforced by the front before a PUBLISH reaches the broker (a denial closes the
	 * connection, as on AWS); the broker may process the message after the device already
	 * disconnected, when its session is gone, so it must not check again here.
	 */
	@Override
	public boolean canWrite(Topic topic, String user, String client) {
		return user != null && user.startsWith("tb-conn-");
	}

	@Override
	public boolean canRead(Topic topic, String user, String client) {
		DeviceSession session = sessions.byUsername(user);
		return session != null && gate.canSubscribe(session, topic.toString());
	}
}
