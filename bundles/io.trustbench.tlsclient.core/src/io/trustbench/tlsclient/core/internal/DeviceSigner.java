package io.trustbench.tlsclient.core.internal;

import java.io.IOException;

import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.HashAlgorithm;
import org.bouncycastle.tls.SignatureAlgorithm;
import org.bouncycastle.tls.SignatureAndHashAlgorithm;
import org.bouncycastle.tls.TlsFatalAlert;
import org.bouncycastle.tls.crypto.TlsSigner;
import org.bouncycastle.tls.crypto.TlsStreamSigner;

import io.trustbench.secureelement.core.SecureElement;

/**
 * CertificateVerify signed by the device: BouncyCastle hashes the handshake (TLS 1.2: the
 * transcript; TLS 1.3: the 64-space header, context string and transcript hash) with SHA-256, the
 * device signs that digest with its key slot (Nonce pass-through + Sign external), and the R‖S
 * result is DER-encoded for the wire. The device can only sign 32-byte digests on P-256, so only
 * ecdsa_secp256r1_sha256 is accepted.
 */
public final class DeviceSigner implements TlsSigner {

	public static final SignatureAndHashAlgorithm ALGORITHM = new SignatureAndHashAlgorithm(HashAlgorithm.sha256,
			SignatureAlgorithm.ecdsa);

	private final SecureElement device;
	private final int slot;

	public DeviceSigner(SecureElement device, int slot) {
		this.device = device;
		this.slot = slot;
	}

	@Override
	public byte[] generateRawSignature(SignatureAndHashAlgorithm algorithm, byte[] hash) throws IOException {
		if (algorithm != null && !ALGORITHM.equals(algorithm)) {
			throw new TlsFatalAlert(AlertDescription.internal_error, "the device signs ecdsa_secp256r1_sha256 only, not "
					+ algorithm);
		}
		if (hash.length != 32) {
			throw new TlsFatalAlert(AlertDescription.internal_error, "the device signs 32-byte digests, got " + hash.length);
		}
		byte[] rs = DeviceEcdhAgreement.deviceCall(() -> device.sign(slot, hash, null), "Sign with slot " + slot);
		return EcdsaEncoding.toDer(rs);
	}

	@Override
	public TlsStreamSigner getStreamSigner(SignatureAndHashAlgorithm algorithm) {
		// null: BouncyCastle then hashes on the host and calls generateRawSignature with the digest.
		return null;
	}
}
