package io.trustbench.decoder.tls.crypto;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * CBC records with MAC-then-encrypt (RFC 5246 §6.2.3.2): explicit per-record IV from TLS 1.1 on,
 * the previous record's last block in TLS 1.0. The MAC is checked so that wrong keys give null.
 */
public final class CbcDecrypter implements RecordDecrypter {

	private final Cipher cipher;
	private final SecretKeySpec key;
	private final Mac mac;
	private final int macLength;
	private final int block;
	private final boolean explicitIv;
	private byte[] chainedIv;
	private long sequence;

	public CbcDecrypter(CipherSuite suite, boolean explicitIv, byte[] key, byte[] iv, byte[] macKey)
			throws GeneralSecurityException {
		boolean aes = suite.bulk() == CipherSuite.Bulk.AES_CBC;
		this.cipher = Cipher.getInstance(aes ? "AES/CBC/NoPadding" : "DESede/CBC/NoPadding");
		this.key = new SecretKeySpec(key, aes ? "AES" : "DESede");
		this.block = aes ? 16 : 8;
		this.explicitIv = explicitIv;
		this.chainedIv = iv.clone();
		this.mac = Mac.getInstance(suite.macAlgorithm());
		this.mac.init(new SecretKeySpec(macKey, suite.macAlgorithm()));
		this.macLength = suite.macLength();
	}

	@Override
	public byte[] decrypt(int type, int version, byte[] data, int offset, int length) {
		long seq = sequence++;
		try {
			if (length % block != 0 || length < block) {
				return null;
			}
			byte[] ivBytes;
			int start = offset;
			int len = length;
			if (explicitIv) {
				ivBytes = new byte[block];
				System.arraycopy(data, offset, ivBytes, 0, block);
				start += block;
				len -= block;
			} else {
				ivBytes = chainedIv;
				chainedIv = new byte[block];
				System.arraycopy(data, offset + length - block, chainedIv, 0, block);
			}
			cipher.init(Cipher.DECRYPT_MODE, key, new IvParameterSpec(ivBytes));
			byte[] plain = cipher.doFinal(data, start, len);
			int pad = (plain.length == 0 ? 0 : plain[plain.length - 1] & 0xff) + 1;
			int contentLength = plain.length - pad - macLength;
			if (contentLength < 0) {
				return null;
			}
			byte[] header = new byte[13];
			for (int i = 0; i < 8; i++) {
				header[7 - i] = (byte) (seq >>> (8 * i));
			}
			header[8] = (byte) type;
			header[9] = (byte) (version >> 8);
			header[10] = (byte) version;
			header[11] = (byte) (contentLength >> 8);
			header[12] = (byte) contentLength;
			mac.update(header);
			mac.update(plain, 0, contentLength);
			byte[] expected = mac.doFinal();
			byte[] actual = new byte[macLength];
			System.arraycopy(plain, contentLength, actual, 0, macLength);
			if (!MessageDigest.isEqual(expected, actual)) {
				return null;
			}
			byte[] content = new byte[contentLength];
			System.arraycopy(plain, 0, content, 0, contentLength);
			return content;
		} catch (GeneralSecurityException e) {
			return null;
		}
	}
}
