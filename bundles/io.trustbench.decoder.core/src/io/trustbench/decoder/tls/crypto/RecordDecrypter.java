package io.trustbench.decoder.tls.crypto;

/**
 * Decrypts the records of one direction in order, keeping the record sequence number. Returns
 * null when a record does not authenticate (wrong keys, corrupted data) instead of throwing.
 */
public interface RecordDecrypter {

	/**
	 * @param type    content type from the record header
	 * @param version version from the record header
	 * @return the plaintext (TLS 1.3: still with the inner type and padding), or null
	 */
	byte[] decrypt(int type, int version, byte[] data, int offset, int length);
}
