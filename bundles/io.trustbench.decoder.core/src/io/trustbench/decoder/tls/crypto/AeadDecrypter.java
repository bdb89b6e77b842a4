package io.trustbench.decoder.tls.crypto;

import java.security.GeneralSecurityException;
import java.security.spec.AlgorithmParameterSpec;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-GCM and ChaCha20-Poly1305 records: TLS 1.2 (RFC 5288 explicit nonce for GCM, RFC 7905 for
 * ChaCha20) and TLS 1.3 (RFC 8446 §5.2/5.3: per-record nonce, header as additional data).
 */
public final class AeadDecrypter implements RecordDecrypter {

	private static final int TAG = 16;

	private final boolean tls13;
	private final boolean gcm;
	private final SecretKeySpec key;
	private final byte[] iv;
	private final Cipher cipher;
	private long sequence;

	public AeadDecrypter(boolean tls13, CipherSuite.Bulk bulk, byte[] key, byte[] iv) throws GeneralSecurityException {
		this.tls13 = tls13;
		this.gcm = bulk == CipherSuite.Bulk.AES_GCM;
		this.key = new SecretKeySpec(key, gcm ? "AES" : "ChaCha20");
		this.iv = iv.clone();
		this.cipher = Cipher.getInstance(gcm ? "AES/GCM/NoPadding" : "ChaCha20-Poly1305");
	}

	@Override
	public byte[] decrypt(int type, int version, byte[] data, int offset, int length) {
		long seq = sequence++;
		try {
			byte[] nonce;
			int start = offset;
			int cipherLength = length;
			if (!tls13 && gcm) {
				if (length < 8 + TAG) {
					return null;
				}
				nonce = new byte[12];
				System.arraycopy(iv, 0, nonce, 0, 4);
				System.arraycopy(data, offset, nonce, 4, 8);
				start += 8;
				cipherLength -= 8;
			} else {
				if (length < TAG) {
					return null;
				}
				nonce = iv.clone();
				for (int i = 0; i < 8; i++) {
					nonce[nonce.length - 1 - i] ^= (byte) (seq >>> (8 * i));
				}
			}
			byte[] aad;
			if (tls13) {
				aad = new byte[] { (byte) type, (byte) (version >> 8), (byte) version, (byte) (length >> 8), (byte) length };
			} else {
				int plain = cipherLength - TAG;
				aad = new byte[13];
				for (int i = 0; i < 8; i++) {
					aad[7 - i] = (byte) (seq >>> (8 * i));
				}
				aad[8] = (byte) type;
				aad[9] = (byte) (version >> 8);
				aad[10] = (byte) version;
				aad[11] = (byte) (plain >> 8);
				aad[12] = (byte) plain;
			}
			AlgorithmParameterSpec spec = gcm ? new GCMParameterSpec(TAG * 8, nonce) : new IvParameterSpec(nonce);
			cipher.init(Cipher.DECRYPT_MODE, key, spec);
			cipher.updateAAD(aad);
			return cipher.doFinal(data, start, cipherLength);
		} catch (GeneralSecurityException | IllegalStateException e) {
			return null;
		}
	}
}
