package io.trustbench.awsiot.emulator.internal.mqtt;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import io.trustbench.awsiot.emulator.internal.pki.ServerPki;
import io.trustbench.awsiot.emulator.internal.state.StateStore;
import io.trustbench.core.TrafficLog;

/**
 * The MQTT-over-mutual-TLS endpoint: a JDK TLS server socket that requires a client certificate but
 * trusts none up front, so that certificates unknown to the registry still reach
 * {@link DeviceAdmission} (JITR needs to see them); the client's possession of its key is still
 * proven by the handshake's CertificateVerify. One thread per direction per connection.
 */
public final class MqttFront {

	private final StateStore store;
	private final DeviceAdmission admission;
	private final SessionRegistry sessions;
	private final PolicyGate gate;
	private final int maxPacket;
	private SSLServerSocket server;
	private ExecutorService executor;
	private volatile int brokerPort;
	private final java.util.Set<DeviceConnection> live = java.util.concurrent.ConcurrentHashMap.newKeySet();

	public MqttFront(StateStore store, DeviceAdmission admission, SessionRegistry sessions, PolicyGate gate,
			int maxPacket) {
		this.store = store;
		this.admission = admission;
		this.sessions = sessions;
		this.gate = gate;
		this.maxPacket = maxPacket;
	}

	public void start(ServerPki pki, String bindHost, int port, int brokerPort)
			throws IOException, GeneralSecurityException {
		this.brokerPort = brokerPort;
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(pki.keyManagers().getKeyManagers(), new TrustManager[] { new AcceptAnyClient() }, new SecureRandom());
		server = (SSLServerSocket) context.getServerSocketFactory().createServerSocket();
		server.setReuseAddress(true);
		server.bind(new InetSocketAddress(InetAddress.getByName(bindHost), port), 1024);
		server.setNeedClientAuth(true);
		server.setEnabledProtocols(new String[] { "TLSv1.2", "TLSv1.3" });
		AtomicInteger n = new AtomicInteger();
		ThreadFactory threads = r -> {
			Thread t = new Thread(r, "aws-iot-emulator-mqtt-" + n.incrementAndGet());
			t.setDaemon(true);
			return t;
		};
		executor = Executors.newCachedThreadPool(threads);
		Thread acceptor = threads.newThread(this::acceptLoop);
		acceptor.start();
	}

	private void acceptLoop() {
		while (!server.isClosed()) {
			try {
				SSLSocket socket = (SSLSocket) server.accept();
				socket.setTcpNoDelay(true);
				DeviceConnection connection = new DeviceConnection(socket, this, executor);
				live.add(connection);
				executor.execute(connection);
			} catch (SocketException e) {
				return;
			} catch (IOException | RuntimeException e) {
				TrafficLog.global().log(TrafficLog.Channel.ERROR, "aws-iot-mqtt", "accept failed: " + e.getMessage());
			}
		}
	}

	public int port() {
		return server.getLocalPort();
	}

	public void stop() {
		try {
			if (server != null) {
				server.close();
			}
		} catch (IOException e) {
			// Closing anyway.
		}
		// Blocking socket reads ignore interrupts: close every live connection explicitly.
		for (DeviceConnection connection : live) {
			connection.close();
		}
		if (executor != null) {
			executor.shutdownNow();
		}
	}

	void closed(DeviceConnection connection) {
		live.remove(connection);
	}

	StateStore store() {
		return store;
	}

	DeviceAdmission admission() {
		return admission;
	}

	SessionRegistry sessions() {
		return sessions;
	}

	PolicyGate gate() {
		return gate;
	}

	int maxPacket() {
		return maxPacket;
	}

	int brokerPort() {
		return brokerPort;
	}

	/** Accepts any client chain at the TLS layer; {@link DeviceAdmission} decides afterwards. */
	private static final class AcceptAnyClient implements X509TrustManager {
		@Override
		public void checkClientTrusted(X509Certificate[] chain, String authType) {
			// Deliberately empty: unknown certificates must reach JITR; admission checks them.
		}

		@Override
		public void checkServerTrusted(X509Certificate[] chain, String authType)
				throws java.security.cert.CertificateException {
			throw new java.security.cert.CertificateException("server side only");
		}

		@Override
		public X509Certificate[] getAcceptedIssuers() {
			return new X509Certificate[0];
		}
	}
}
