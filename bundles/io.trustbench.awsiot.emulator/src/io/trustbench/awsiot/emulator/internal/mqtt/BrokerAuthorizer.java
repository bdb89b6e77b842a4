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

	@Override
	public boolean canWrite(Topic topic, String user, String client) {
		DeviceSession session = sessions.byUsername(user);
		return session != null && gate.canPublish(session, topic.toString());
	}

	@Override
	public boolean canRead(Topic topic, String user, String client) {
		DeviceSession session = sessions.byUsername(user);
		return session != null && gate.canSubscribe(session, topic.toString());
	}
}
