package io.trustbench.tlsclient.core;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * How the hardened client connects. Immutable; the {@code with…} methods return changed copies.
 *
 * @param host          server host name or address (also the name checked against the certificate)
 * @param port          server port
 * @param trustAnchors  CA certificates the server chain must lead to (PKIX, no revocation)
 * @param versions      protocol versions to offer
 * @param suites        cipher suite names to offer, in preference order (see {@link CipherSuites})
 * @param keySlot       device slot holding the client's private key (ATECC508A thing: 0)
 * @param ecdheSlot     device slot that receives a fresh ephemeral key per handshake (GenKey) and
 *                      runs ECDH (thing: 2, SlotConfig 0x2087 allows both)
 * @param deviceVerify  also verify the server's signatures (chain links, ServerKeyExchange /
 *                      CertificateVerify) with the device's Verify command where they are P-256
 * @param checkHostname require the host in the server certificate's subjectAltName
 * @param timeout       TCP connect and handshake timeout
 * @param record        capture the TCP byte streams for a pcapng recording
 */
public record TlsClientOptions(String host, int port, List<X509Certificate> trustAnchors, Set<TlsVersion> versions,
		List<String> suites, int keySlot, int ecdheSlot, boolean deviceVerify, boolean checkHostname,
		Duration timeout, boolean record) {

	public static final int THING_KEY_SLOT = 0;
	public static final int THING_ECDHE_SLOT = 2;

	public TlsClientOptions {
		if (host == null || host.isBlank()) {
			throw new IllegalArgumentException("no server host");
		}
		if (port <= 0 || port > 65535) {
			throw new IllegalArgumentException("port " + port + " is not a TCP port");
		}
		if (trustAnchors == null || trustAnchors.isEmpty()) {
			throw new IllegalArgumentException("no CA certificate to verify the server with");
		}
		if (versions == null || versions.isEmpty()) {
			throw new IllegalArgumentException("no TLS version enabled");
		}
		trustAnchors = List.copyOf(trustAnchors);
		versions = Set.copyOf(versions);
		for (String suite : suites) {
			if (CipherSuites.code(suite).isEmpty()) {
				throw new IllegalArgumentException("unsupported cipher suite '" + suite + "'; supported: "
						+ String.join(", ", CipherSuites.all()));
			}
		}
		suites = List.copyOf(suites);
	}

	/** Seed defaults: TLS 1.2 and 1.3, the seed's suite first, thing slots 0 and 2, device verify on. */
	public static TlsClientOptions defaults(String host, int port, List<X509Certificate> trustAnchors) {
		List<String> suites = new ArrayList<>(CipherSuites.tls12());
		suites.addAll(CipherSuites.tls13());
		return new TlsClientOptions(host, port, trustAnchors, EnumSet.allOf(TlsVersion.class), suites, THING_KEY_SLOT,
				THING_ECDHE_SLOT, true, true, Duration.ofSeconds(15), false);
	}

	public TlsClientOptions withVersions(Set<TlsVersion> v) {
		return new TlsClientOptions(host, port, trustAnchors, v, suites, keySlot, ecdheSlot, deviceVerify,
				checkHostname, timeout, record);
	}

	public TlsClientOptions withSuites(List<String> s) {
		return new TlsClientOptions(host, port, trustAnchors, versions, s, keySlot, ecdheSlot, deviceVerify,
				checkHostname, timeout, record);
	}

	public TlsClientOptions withSlots(int key, int ecdhe) {
		return new TlsClientOptions(host, port, trustAnchors, versions, suites, key, ecdhe, deviceVerify, checkHostname,
				timeout, record);
	}

	public TlsClientOptions withDeviceVerify(boolean on) {
		return new TlsClientOptions(host, port, trustAnchors, versions, suites, keySlot, ecdheSlot, on, checkHostname,
				timeout, record);
	}

	public TlsClientOptions withHostnameCheck(boolean on) {
		return new TlsClientOptions(host, port, trustAnchors, versions, suites, keySlot, ecdheSlot, deviceVerify, on,
				timeout, record);
	}

	public TlsClientOptions withTimeout(Duration t) {
		return new TlsClientOptions(host, port, trustAnchors, versions, suites, keySlot, ecdheSlot, deviceVerify,
				checkHostname, t, record);
	}

	public TlsClientOptions withRecording(boolean on) {
		return new TlsClientOptions(host, port, trustAnchors, versions, suites, keySlot, ecdheSlot, deviceVerify,
				checkHostname, timeout, on);
	}

	/** The same options for another server (the simulator reconnecting, Paho's factory). */
	public TlsClientOptions withServer(String h, int p) {
		return new TlsClientOptions(h, p, trustAnchors, versions, suites, keySlot, ecdheSlot, deviceVerify,
				checkHostname, timeout, record);
	}

	/** Offered suites of the enabled versions. */
	List<String> offeredSuites() {
		return suites.stream().filter(s -> versions.contains(CipherSuites.isTls13(s) ? TlsVersion.TLS_1_3
				: TlsVersion.TLS_1_2)).toList();
	}
}
