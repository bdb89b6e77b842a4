package io.trustbench.tlsclient.core;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.NamedGroup;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.SecurityParameters;
import org.bouncycastle.tls.TlsClientProtocol;
import org.bouncycastle.tls.TlsFatalAlert;
import org.bouncycastle.tls.TlsFatalAlertReceived;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import io.trustbench.secureelement.core.SecureElement;
import io.trustbench.tlsclient.core.internal.DeviceOperations;
import io.trustbench.tlsclient.core.internal.DeviceTlsCrypto;
import io.trustbench.tlsclient.core.internal.HardenedTlsClient;
import io.trustbench.tlsclient.core.internal.ServerChainValidator;
import io.trustbench.tlsclient.core.record.TrafficCapture;

/**
 * TLS 1.2/1.3 client whose credentials live in a secure element (the seed's "hardened TLS",
 * hardening-tls-atecc508a.md §6): CertificateVerify is signed by the device, the ECDHE key
 * agreement runs in the device, the server chain is checked with PKIX against the given CA
 * certificates and, optionally, with the device's Verify command.
 *
 * <pre>
 * try (SecureElement thing = devices.open("emu-thing", monitor)) {
 *     DeviceIdentity id = ThingCertificates.read(thing, monitor).identity();
 *     try (DeviceTlsConnection c = new DeviceTlsClient(thing, id, options).connect(monitor)) {
 *         c.outputStream().write(...);
 *     }
 * }
 * </pre>
 * The device must stay open and unused by others while a handshake runs (one device, one thread).
 */
public final class DeviceTlsClient {

	private final SecureElement device;
	private final DeviceIdentity identity;
	private final TlsClientOptions options;

	public DeviceTlsClient(SecureElement device, DeviceIdentity identity, TlsClientOptions options) {
		this.device = device;
		this.identity = identity;
		this.options = options;
	}

	public TlsClientOptions options() {
		return options;
	}

	/** Opens a TCP connection to the options' server and runs the handshake. */
	public DeviceTlsConnection connect(IProgressMonitor monitor) throws IOException {
		SubMonitor sub = SubMonitor.convert(monitor, "Connecting to " + options.host() + ":" + options.port(), 2);
		long start = System.nanoTime();
		Socket socket = new Socket();
		try {
			socket.connect(new InetSocketAddress(options.host(), options.port()), (int) options.timeout().toMillis());
		} catch (IOException e) {
			socket.close();
			throw new IOException("cannot connect to " + options.host() + ":" + options.port() + ": " + e.getMessage(), e);
		}
		sub.worked(1);
		try {
			return handshake(socket, socket.getInputStream(), socket.getOutputStream(), start, sub.split(1));
		} catch (IOException | RuntimeException e) {
			socket.close();
			throw e;
		}
	}

	/**
	 * Runs the handshake over the given raw streams of an already connected socket (used by the
	 * Paho socket factory, whose socket is connected by Paho). Closes nothing on failure.
	 */
	public DeviceTlsConnection handshake(Socket socket, InputStream rawIn, OutputStream rawOut, long startNanos,
			IProgressMonitor monitor) throws IOException {
		SubMonitor.convert(monitor, "TLS handshake with " + options.host(), 1);
		TrafficCapture capture = options.record() ? new TrafficCapture(
				(InetSocketAddress) socket.getLocalSocketAddress(), (InetSocketAddress) socket.getRemoteSocketAddress())
				: null;
		InputStream in = capture == null ? rawIn : capture.inbound(rawIn);
		OutputStream out = capture == null ? rawOut : capture.outbound(rawOut);
		DeviceTlsCrypto crypto = new DeviceTlsCrypto(device, options.ecdheSlot(), options.deviceVerify());
		ServerChainValidator validator = new ServerChainValidator(options.trustAnchors(), options.host(),
				options.checkHostname(), crypto);
		KeyLog keyLog = new KeyLog();
		HardenedTlsClient client = new HardenedTlsClient(crypto, protocolVersions(), suiteCodes(), options.host(),
				identity.chain(), device, identity.keySlot(), validator, keyLog);
		TlsClientProtocol protocol = new TlsClientProtocol(in, out);
		int previousTimeout = socket.getSoTimeout();
		socket.setSoTimeout((int) options.timeout().toMillis());
		try (DeviceOperations ops = DeviceOperations.watch(device.descriptor().id())) {
			try {
				protocol.connect(client);
			} catch (IOException e) {
				protocol.close();
				throw new TlsHandshakeException(describe(e, client), e);
			}
			socket.setSoTimeout(previousTimeout);
			SecurityParameters sp = client.securityParameters();
			HandshakeReport report = new HandshakeReport(TlsVersion.of(sp.getNegotiatedVersion()),
					CipherSuites.name(sp.getCipherSuite()), NamedGroup.getName(NamedGroup.secp256r1),
					validator.chain(), client.clientCertificateSent() ? identity.chain() : List.of(), ops.counts(),
					crypto.deviceChecks(), (System.nanoTime() - startNanos) / 1_000_000);
			return new DeviceTlsConnection(socket, protocol, report, keyLog, capture);
		}
	}

	private ProtocolVersion[] protocolVersions() {
		List<TlsVersion> enabled = new ArrayList<>(options.versions());
		enabled.sort(Comparator.reverseOrder());
		return enabled.stream().map(TlsVersion::protocolVersion).toArray(ProtocolVersion[]::new);
	}

	private int[] suiteCodes() {
		List<String> offered = options.offeredSuites();
		if (offered.isEmpty()) {
			throw new IllegalArgumentException("none of the chosen cipher suites belongs to an enabled TLS version");
		}
		return offered.stream().mapToInt(s -> CipherSuites.code(s).orElseThrow()).toArray();
	}

	/** One line: what the alert was and who raised it, or the transport problem. */
	static String describe(IOException e, HardenedTlsClient client) {
		String where = "TLS handshake failed: ";
		if (e instanceof TlsFatalAlertReceived received) {
			return where + "the server sent alert " + AlertDescription.getText(received.getAlertDescription())
					+ hint(received.getAlertDescription());
		}
		if (e instanceof TlsFatalAlert alert) {
			String detail = alert.getMessage();
			Throwable cause = alert.getCause();
			if (cause != null && cause.getMessage() != null && (detail == null || !detail.contains(cause.getMessage()))) {
				detail = (detail == null ? "" : detail + ": ") + cause.getMessage();
			}
			return where + (detail == null ? AlertDescription.getText(alert.getAlertDescription()) : detail);
		}
		if (e instanceof EOFException) {
			return where + "the server closed the connection" + (client.lastAlert() == null ? "" : " (" + client.lastAlert() + ")");
		}
		if (e instanceof SocketTimeoutException) {
			return where + "no answer from the server in time";
		}
		return where + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
	}

	private static String hint(short alert) {
		return switch (alert) {
		case AlertDescription.handshake_failure -> " (no common cipher suite, group or signature algorithm?)";
		case AlertDescription.unknown_ca, AlertDescription.bad_certificate, AlertDescription.certificate_unknown ->
				" (the server does not trust the client chain)";
		case AlertDescription.certificate_required -> " (the server requires a client certificate)";
		case AlertDescription.decrypt_error -> " (a signature did not verify)";
		default -> "";
		};
	}
}
