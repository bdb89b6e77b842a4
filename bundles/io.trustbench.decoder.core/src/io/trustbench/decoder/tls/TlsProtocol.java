package io.trustbench.decoder.tls;

/** Registry keys of the TLS pipeline. */
public final class TlsProtocol {

	/** Handshake message dissectors; discriminator: the handshake type in decimal. */
	public static final String HANDSHAKE = "tls.handshake";
	/** Extension dissectors; discriminator: the extension type in decimal. */
	public static final String EXTENSION = "tls.extension";
	/** Certificate decoders; discriminator: {@code x509} (the certificate type). */
	public static final String CERTIFICATE = "tls.certificate";
	/** Application protocols on decrypted data, by negotiated ALPN protocol id. */
	public static final String BY_ALPN = "tls.alpn";
	/** Application protocols on decrypted data, by server TCP port. */
	public static final String BY_PORT = "tls.port";

	private TlsProtocol() {
	}
}
