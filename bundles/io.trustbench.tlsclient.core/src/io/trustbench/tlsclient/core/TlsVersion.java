package io.trustbench.tlsclient.core;

import org.bouncycastle.tls.ProtocolVersion;

/** The protocol versions the hardened client speaks. */
public enum TlsVersion {
	TLS_1_2("TLSv1.2", ProtocolVersion.TLSv12), TLS_1_3("TLSv1.3", ProtocolVersion.TLSv13);

	private final String label;
	private final ProtocolVersion protocolVersion;

	TlsVersion(String label, ProtocolVersion protocolVersion) {
		this.label = label;
		this.protocolVersion = protocolVersion;
	}

	public String label() {
		return label;
	}

	ProtocolVersion protocolVersion() {
		return protocolVersion;
	}

	/** "1.2", "tls1.2", "TLSv1.3"... → the version; an IllegalArgumentException naming the choices otherwise. */
	public static TlsVersion parse(String text) {
		String t = text.trim().toLowerCase().replace("tlsv", "").replace("tls", "");
		return switch (t) {
		case "1.2", "12" -> TLS_1_2;
		case "1.3", "13" -> TLS_1_3;
		default -> throw new IllegalArgumentException("unknown TLS version '" + text + "' (use 1.2 or 1.3)");
		};
	}

	static TlsVersion of(ProtocolVersion version) {
		return version != null && version.equals(ProtocolVersion.TLSv13) ? TLS_1_3 : TLS_1_2;
	}
}
