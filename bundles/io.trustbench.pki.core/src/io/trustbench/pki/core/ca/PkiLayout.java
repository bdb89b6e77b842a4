package io.trustbench.pki.core.ca;

import java.nio.file.Path;

/**
 * Where the PKI lives, in the workspace and in the devices. Slots follow the seed kits: CA keys in
 * slot 3 of the Root and Signer dongles (device-protocol.md §1.5), compressed certificates in
 * 72-byte slots like the thing's (§1.8): root certificate in root slot 10, signer certificate in
 * signer slot 12, root public key (72-byte padded form) in signer slot 14.
 */
public final class PkiLayout {

	public static final int CA_KEY_SLOT = 3;
	public static final int ROOT_CERT_SLOT = 10;
	public static final int SIGNER_CERT_SLOT = 12;
	public static final int SIGNER_ROOT_KEY_SLOT = 14;
	/** Template ID of the root CA definition Trustbench derives (ASI uses 1 for signer, 2 for device). */
	public static final int ROOT_TEMPLATE_ID = 3;

	public static final String DEFAULT_ROOT_DEVICE = "emu-root";
	public static final String DEFAULT_SIGNER_DEVICE = "emu-signer";

	private final Path dir;

	public PkiLayout(Path workspace) {
		this.dir = workspace.resolve("pki");
	}

	public Path dir() {
		return dir;
	}

	public Path rootCa() {
		return dir.resolve("root-ca.pem");
	}

	public Path signerCa() {
		return dir.resolve("signer-ca.pem");
	}

	/** Root + signer, the chain a thing presents after its own certificate. */
	public Path chain() {
		return dir.resolve("ca-chain.pem");
	}

	public Path verificationCertificate() {
		return dir.resolve("verification-cert.pem");
	}

	public Path deviceCertificate(String name) {
		return dir.resolve("devices").resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".pem");
	}
}
