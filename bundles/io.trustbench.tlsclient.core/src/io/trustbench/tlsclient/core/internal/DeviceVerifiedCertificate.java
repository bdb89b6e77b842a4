package io.trustbench.tlsclient.core.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.bouncycastle.tls.DigitallySigned;
import org.bouncycastle.tls.HashAlgorithm;
import org.bouncycastle.tls.SignatureAlgorithm;
import org.bouncycastle.tls.SignatureScheme;
import org.bouncycastle.tls.crypto.Tls13Verifier;
import org.bouncycastle.tls.crypto.TlsStreamVerifier;
import org.bouncycastle.tls.crypto.TlsVerifier;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCertificate;

import io.trustbench.secureelement.core.SecureElementException;

/**
 * A server certificate whose P-256 signatures (TLS 1.2 ServerKeyExchange, TLS 1.3 server
 * CertificateVerify) are checked by the device's Verify command, as the seed's firmware does.
 * Other key types and hashes fall back to BouncyCastle's software verifier.
 */
final class DeviceVerifiedCertificate extends BcTlsCertificate {

	private final DeviceTlsCrypto crypto;

	DeviceVerifiedCertificate(DeviceTlsCrypto crypto, byte[] encoding) throws IOException {
		super(crypto, encoding);
		this.crypto = crypto;
	}

	private byte[] p256Key() {
		try {
			return EcdsaEncoding.p256PublicKey(getPubKeyEC());
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	@Override
	public TlsVerifier createVerifier(short signatureAlgorithm) throws IOException {
		TlsVerifier software = super.createVerifier(signatureAlgorithm);
		byte[] key = signatureAlgorithm == SignatureAlgorithm.ecdsa ? p256Key() : null;
		if (key == null) {
			return software;
		}
		return new TlsVerifier() {
			@Override
			public TlsStreamVerifier getStreamVerifier(DigitallySigned signed) {
				return null;
			}

			@Override
			public boolean verifyRawSignature(DigitallySigned signed, byte[] hash) throws IOException {
				boolean sha256 = signed.getAlgorithm() != null
						&& signed.getAlgorithm().getHash() == HashAlgorithm.sha256;
				if (!sha256 || hash.length != 32) {
					return software.verifyRawSignature(signed, hash);
				}
				return verifyOnDevice(hash, signed.getSignature(), key, "ServerKeyExchange signature");
			}
		};
	}

	@Override
	public Tls13Verifier createVerifier(int signatureScheme) throws IOException {
		byte[] key = signatureScheme == SignatureScheme.ecdsa_secp256r1_sha256 ? p256Key() : null;
		if (key == null) {
			return super.createVerifier(signatureScheme);
		}
		ByteArrayOutputStream signedContent = new ByteArrayOutputStream();
		return new Tls13Verifier() {
			@Override
			public OutputStream getOutputStream() {
				return signedContent;
			}

			@Override
			public boolean verifySignature(byte[] signature) throws IOException {
				return verifyOnDevice(sha256(signedContent.toByteArray()), signature, key,
						"server CertificateVerify signature");
			}
		};
	}

	private boolean verifyOnDevice(byte[] digest, byte[] derSignature, byte[] key, String what) throws IOException {
		byte[] rs = EcdsaEncoding.toRaw(derSignature);
		if (rs == null) {
			crypto.noteDeviceCheck(what + ": malformed signature, rejected before the device");
			return false;
		}
		try {
			boolean ok = crypto.device().verify(digest, rs, key, null);
			crypto.noteDeviceCheck(what + ": " + (ok ? "verified by the device" : "REJECTED by the device"));
			return ok;
		} catch (SecureElementException e) {
			crypto.noteDeviceCheck(what + ": device error: " + e.getMessage());
			throw new IOException("device Verify failed: " + e.getMessage(), e);
		}
	}

	static byte[] sha256(byte[] data) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(data);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 missing from the JDK", e);
		}
	}
}
