package io.trustbench.pki.ui.internal.model;

/** What "Export…" writes; the file dialog offers them in this order. */
public enum ExportFormat {
	/** The selected certificate as PEM. */
	PEM("pem", false),
	/** The selected certificate as DER. */
	DER("der", false),
	/** Every certificate of the editor as a certs-only PKCS#7 SignedData (DER). */
	PKCS7_CHAIN("p7b", true),
	/** Every certificate of the editor as concatenated PEM blocks. */
	PEM_CHAIN("pem", true);

	private final String extension;
	private final boolean chain;

	ExportFormat(String extension, boolean chain) {
		this.extension = extension;
		this.chain = chain;
	}

	public String extension() {
		return extension;
	}

	public boolean isChain() {
		return chain;
	}
}
