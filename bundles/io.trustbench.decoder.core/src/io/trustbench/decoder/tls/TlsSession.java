package io.trustbench.decoder.tls;

import io.trustbench.decoder.tls.crypto.CipherSuite;
import io.trustbench.decoder.tls.crypto.KeyLog;

/**
 * What both directions of one TLS connection learn from the handshake: randoms, the chosen suite
 * and version, ALPN. Handshake and extension dissectors write it; decryption reads it.
 */
public final class TlsSession {

	/** The ServerHello random that marks a HelloRetryRequest (RFC 8446 §4.1.3). */
	private static final byte[] HRR_RANDOM = java.util.HexFormat.of()
			.parseHex("cf21ad74e59a6111be1d8c021e65b891c2a211167abb8c5e079e09e2c8a8339c");

	private final KeyLog keyLog;
	private final int serverPort;
	private byte[] clientRandom;
	private byte[] serverRandom;
	private int cipherSuiteId = -1;
	private int version;
	private String alpn;
	private boolean helloRetry;

	public TlsSession(KeyLog keyLog, int serverPort) {
		this.keyLog = keyLog;
		this.serverPort = serverPort;
	}

	public KeyLog keyLog() {
		return keyLog;
	}

	public int serverPort() {
		return serverPort;
	}

	public byte[] clientRandom() {
		return clientRandom;
	}

	public void setClientRandom(byte[] random) {
		this.clientRandom = random;
	}

	public byte[] serverRandom() {
		return serverRandom;
	}

	/** Records the ServerHello's random; a HelloRetryRequest's random is remembered as such instead. */
	public void setServerRandom(byte[] random) {
		helloRetry = java.util.Arrays.equals(random, HRR_RANDOM);
		if (!helloRetry) {
			this.serverRandom = random;
		}
	}

	public boolean isHelloRetryRandom(byte[] random) {
		return java.util.Arrays.equals(random, HRR_RANDOM);
	}

	/** True while the last ServerHello was a HelloRetryRequest. */
	public boolean helloRetry() {
		return helloRetry;
	}

	public int cipherSuiteId() {
		return cipherSuiteId;
	}

	public CipherSuite cipherSuite() {
		return cipherSuiteId < 0 ? null : CipherSuite.of(cipherSuiteId);
	}

	public void setCipherSuite(int id) {
		this.cipherSuiteId = id;
	}

	/** Negotiated version (ServerHello, or its supported_versions), 0 before the ServerHello. */
	public int version() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

	public boolean tls13() {
		return isTls13(version);
	}

	/** TLS 1.3 or one of its drafts (0x7fxx). */
	public static boolean isTls13(int version) {
		return version == 0x0304 || (version >> 8) == 0x7f;
	}

	public String alpn() {
		return alpn;
	}

	public void setAlpn(String alpn) {
		this.alpn = alpn;
	}
}
