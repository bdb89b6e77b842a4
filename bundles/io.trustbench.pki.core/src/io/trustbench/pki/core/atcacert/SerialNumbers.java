package io.trustbench.pki.core.atcacert;

import java.util.Arrays;

/** Serial numbers as a device computes them, for issuing certificates that later compress. */
public final class SerialNumbers {

	private SerialNumbers() {
	}

	/**
	 * {@link SerialNumberSource#PUB_KEY_HASH}: SHA-256(public key ‖ encoded issue hour and expire
	 * years) cut to {@code size} bytes, positive, with bit 6 set so DER keeps every byte.
	 */
	public static byte[] publicKeyHash(byte[] publicKey, CertDate issueHour, int expireYears, int size)
			throws AtcacertException {
		if (size < 1 || size > 32) {
			throw new AtcacertException("hashed serial numbers are 1–32 bytes");
		}
		CompressedCertificate dates = new CompressedCertificate(new byte[64], issueHour, expireYears, 0, 0, 0,
				SerialNumberSource.PUB_KEY_HASH, CompressedCertificate.formatVersionFor(issueHour, expireYears));
		byte[] message = Arrays.copyOf(publicKey, 64 + 3 + (dates.formatVersion() > 0 ? 1 : 0));
		System.arraycopy(dates.encodedDates(), 0, message, 64, 3);
		if (dates.formatVersion() > 0) {
			message[67] = (byte) (dates.extendedDateBits() & 0xf0);
		}
		byte[] serial = Arrays.copyOf(CertificateRebuilder.sha256(message), size);
		serial[0] = (byte) ((serial[0] & 0x7f) | 0x40);
		return serial;
	}
}
