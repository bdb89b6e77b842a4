package io.trustbench.awsiot.emulator.internal.mqtt;

import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.trustbench.awsiot.emulator.internal.policy.ConnectionContext;
import io.trustbench.core.Hex;

/** Live device sessions by broker username; lets the broker's authorizer find the device of a request. */
public final class SessionRegistry {

	private final Map<String, DeviceSession> byUsername = new ConcurrentHashMap<>();
	private final AtomicLong counter = new AtomicLong();
	private final SecureRandom random = new SecureRandom();

	public DeviceSession open(String certificateId, String clientId, ConnectionContext context, Runnable closer) {
		byte[] secret = new byte[16];
		random.nextBytes(secret);
		DeviceSession session = new DeviceSession("tb-conn-" + counter.incrementAndGet(), Hex.encode(secret),
				certificateId, clientId, context, closer);
		byUsername.put(session.username(), session);
		return session;
	}

	public void close(DeviceSession session) {
		byUsername.remove(session.username(), session);
	}

	/** The session whose credentials these are, or null (someone else on the loopback port). */
	public DeviceSession authenticate(String username, byte[] password) {
		DeviceSession session = username == null ? null : byUsername.get(username);
		if (session == null || password == null) {
			return null;
		}
		return java.security.MessageDigest.isEqual(session.password().getBytes(java.nio.charset.StandardCharsets.UTF_8),
				password) ? session : null;
	}

	public DeviceSession byUsername(String username) {
		return username == null ? null : byUsername.get(username);
	}

	/** Closes every live connection of a certificate (it was deactivated or revoked). */
	public int closeCertificate(String certificateId) {
		int closed = 0;
		for (DeviceSession session : byUsername.values()) {
			if (session.certificateId().equals(certificateId)) {
				session.closer().run();
				closed++;
			}
		}
		return closed;
	}

	public int size() {
		return byUsername.size();
	}
}
