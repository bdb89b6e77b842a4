package io.trustbench.tlsclient.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import javax.net.SocketFactory;

import io.trustbench.secureelement.core.SecureElement;

/**
 * Plain {@link SocketFactory} (not an SSLSocketFactory) whose sockets run the hardened handshake
 * as soon as they are connected, for clients such as Eclipse Paho that take a factory: give Paho
 * a {@code tcp://host:port} URI and this factory, and MQTT flows inside the device-backed TLS.
 * Each established connection is reported to the listeners (negotiated parameters, key log,
 * capture).
 */
public final class DeviceTlsSocketFactory extends SocketFactory {

	private final SecureElement device;
	private final DeviceIdentity identity;
	private final TlsClientOptions options;
	private final List<Consumer<DeviceTlsConnection>> listeners = new CopyOnWriteArrayList<>();
	private final List<DeviceTlsConnection> connections = new CopyOnWriteArrayList<>();

	/** @param options trust anchors, suites and slots; host and port are taken from each connect */
	public DeviceTlsSocketFactory(SecureElement device, DeviceIdentity identity, TlsClientOptions options) {
		this.device = device;
		this.identity = identity;
		this.options = options;
	}

	public void addListener(Consumer<DeviceTlsConnection> listener) {
		listeners.add(listener);
	}

	/** Connections established so far, oldest first. */
	public List<DeviceTlsConnection> connections() {
		return new ArrayList<>(connections);
	}

	@Override
	public Socket createSocket() {
		return new DeviceTlsSocket();
	}

	@Override
	public Socket createSocket(String host, int port) throws IOException {
		Socket s = createSocket();
		s.connect(new InetSocketAddress(host, port), (int) options.timeout().toMillis());
		return s;
	}

	@Override
	public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
		Socket s = createSocket();
		s.bind(new InetSocketAddress(localHost, localPort));
		s.connect(new InetSocketAddress(host, port), (int) options.timeout().toMillis());
		return s;
	}

	@Override
	public Socket createSocket(InetAddress host, int port) throws IOException {
		return createSocket(host.getHostAddress(), port);
	}

	@Override
	public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
			throws IOException {
		return createSocket(address.getHostAddress(), port, localAddress, localPort);
	}

	/** A TCP socket that becomes a hardened TLS connection when {@link #connect} returns. */
	private final class DeviceTlsSocket extends Socket {
		private DeviceTlsConnection tls;

		@Override
		public void connect(SocketAddress endpoint, int timeout) throws IOException {
			long start = System.nanoTime();
			super.connect(endpoint, timeout);
			InetSocketAddress server = (InetSocketAddress) endpoint;
			String host = server.getHostString();
			DeviceTlsClient client = new DeviceTlsClient(device, identity, options.withServer(host, server.getPort()));
			try {
				tls = client.handshake(this, super.getInputStream(), super.getOutputStream(), start, null);
			} catch (IOException | RuntimeException e) {
				super.close();
				throw e;
			}
			connections.add(tls);
			for (Consumer<DeviceTlsConnection> listener : listeners) {
				listener.accept(tls);
			}
		}

		@Override
		public InputStream getInputStream() throws IOException {
			if (tls == null) {
				throw new IOException("not connected");
			}
			return tls.inputStream();
		}

		@Override
		public OutputStream getOutputStream() throws IOException {
			if (tls == null) {
				throw new IOException("not connected");
			}
			return tls.outputStream();
		}

		@Override
		public synchronized void setSoTimeout(int timeout) throws java.net.SocketException {
			// Ignored after the handshake: a read timeout in the middle of a TLS record would
			// desynchronise BouncyCastle's record layer; Paho unblocks its reader by closing.
			if (tls == null) {
				super.setSoTimeout(timeout);
			}
		}

		@Override
		public synchronized void close() throws IOException {
			if (tls != null) {
				try {
					tls.close();
				} catch (IOException e) {
					// The peer may already be gone (JITR disconnect); the socket is closed below anyway.
				}
			}
			super.close();
		}
	}
}
