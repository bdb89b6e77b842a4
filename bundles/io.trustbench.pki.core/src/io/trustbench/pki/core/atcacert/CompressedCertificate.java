package io.trustbench.pki.core.atcacert;

import java.util.Arrays;

/**
 * The 72-byte compressed certificate a secure element stores (atcacert format versions 0 and 1):
 * signature R‖S, issue date to the hour with validity in whole years, signer ID, template and
 * chain IDs, serial-number source and format version. Everything else comes from the template.
 */
public final class CompressedCertificate {

	public static final int SIZE = 72;

	private final byte[] signature;
	private final CertDate issueDate;
	private final int expireYears;
	private final int signerId;
	private final int templateId;
	private final int chainId;
	private final SerialNumberSource serialNumberSource;
	private final int formatVersion;

	/**
	 * @param signature  64 bytes R‖S
	 * @param issueDate  minutes and seconds must be 0
	 * @param signerId   16-bit signer ID
	 */
	public CompressedCertificate(byte[] signature, CertDate issueDate, int expireYears, int signerId, int templateId,
			int chainId, SerialNumberSource serialNumberSource, int formatVersion) throws AtcacertException {
		if (signature.length != 64) {
			throw new AtcacertException("signature must be 64 bytes (R‖S), not " + signature.length);
		}
		if (issueDate.minute() != 0 || issueDate.second() != 0) {
			throw new AtcacertException("issue date " + issueDate
					+ " has minutes or seconds; compressed certificates store whole hours");
		}
		if (formatVersion != 0 && formatVersion != 1) {
			throw new AtcacertException("compressed certificate format version " + formatVersion
					+ " is not supported (0 and 1 are)");
		}
		int maxYear = formatVersion == 0 ? 2031 : 2127;
		int maxExpire = formatVersion == 0 ? 31 : 127;
		if (issueDate.year() < 2000 || issueDate.year() > maxYear) {
			throw new AtcacertException("issue year " + issueDate.year() + " does not fit format version "
					+ formatVersion + " (2000–" + maxYear + ")");
		}
		if (expireYears < 0 || expireYears > maxExpire) {
			throw new AtcacertException("expire years " + expireYears + " does not fit format version "
					+ formatVersion + " (0–" + maxExpire + ")");
		}
		if (signerId < 0 || signerId > 0xFFFF || templateId < 0 || templateId > 15 || chainId < 0 || chainId > 15) {
			throw new AtcacertException("signer ID is 16 bits, template and chain IDs 4 bits");
		}
		this.signature = signature.clone();
		this.issueDate = issueDate;
		this.expireYears = expireYears;
		this.signerId = signerId;
		this.templateId = templateId;
		this.chainId = chainId;
		this.serialNumberSource = serialNumberSource;
		this.formatVersion = formatVersion;
	}

	/** The smallest format version that can hold this issue year and validity. */
	public static int formatVersionFor(CertDate issueDate, int expireYears) {
		return issueDate.year() <= 2031 && expireYears <= 31 ? 0 : 1;
	}

	public static CompressedCertificate parse(byte[] data) throws AtcacertException {
		if (data.length != SIZE) {
			throw new AtcacertException("a compressed certificate is " + SIZE + " bytes, got " + data.length);
		}
		int format = data[70] & 0x0f;
		if (format != 0 && format != 1) {
			throw new AtcacertException("compressed certificate format version " + format
					+ " is not supported (0 and 1 are)");
		}
		int b64 = data[64] & 0xff;
		int b65 = data[65] & 0xff;
		int b66 = data[66] & 0xff;
		int b71 = data[71] & 0xff;
		int year = b64 >>> 3;
		int expire = b66 & 0x1f;
		if (format == 1) {
			year |= (b71 & 0xc0) >>> 1;
			expire |= (b71 & 0x30) << 1;
		}
		int month = ((b64 & 0x07) << 1) | (b65 >>> 7);
		int day = (b65 >>> 2) & 0x1f;
		int hour = ((b65 & 0x03) << 3) | (b66 >>> 5);
		CertDate issue;
		try {
			issue = new CertDate(2000 + year, month, day, hour, 0, 0);
		} catch (IllegalArgumentException e) {
			throw new AtcacertException("compressed certificate holds an " + e.getMessage());
		}
		int signer = ((data[67] & 0xff) << 8) | (data[68] & 0xff);
		return new CompressedCertificate(Arrays.copyOf(data, 64), issue, expire, signer, (data[69] & 0xff) >>> 4,
				data[69] & 0x0f, SerialNumberSource.fromCode((data[70] & 0xff) >>> 4), format);
	}

	public byte[] toBytes() {
		byte[] out = new byte[SIZE];
		System.arraycopy(signature, 0, out, 0, 64);
		System.arraycopy(encodedDates(), 0, out, 64, 3);
		out[67] = (byte) (signerId >>> 8);
		out[68] = (byte) signerId;
		out[69] = (byte) ((templateId << 4) | chainId);
		out[70] = (byte) ((serialNumberSource.code() << 4) | formatVersion);
		out[71] = (byte) extendedDateBits();
		return out;
	}

	/** Bytes 64–66: year, month, day, hour and expire years, packed MSB first. */
	public byte[] encodedDates() {
		int year = issueDate.year() - 2000;
		int month = issueDate.month();
		int hour = issueDate.hour();
		return new byte[] { (byte) (((year & 0x1f) << 3) | (month >>> 1)),
				(byte) (((month & 1) << 7) | (issueDate.day() << 2) | (hour >>> 3)),
				(byte) (((hour & 0x07) << 5) | (expireYears & 0x1f)) };
	}

	/** Byte 71 upper nibble (format 1 extended year and expire bits); 0 for format 0. */
	int extendedDateBits() {
		if (formatVersion == 0) {
			return 0;
		}
		int year = issueDate.year() - 2000;
		return ((year & 0x60) << 1) | ((expireYears & 0x60) >>> 1);
	}

	/** Expire date for a definition's expire format: issue + years, or the format's max date. */
	public CertDate expireDate(DateFormat expireFormat) {
		return expireYears == 0 ? expireFormat.maxDate() : issueDate.plusYears(expireYears);
	}

	public byte[] signature() {
		return signature.clone();
	}

	public CertDate issueDate() {
		return issueDate;
	}

	public int expireYears() {
		return expireYears;
	}

	public int signerId() {
		return signerId;
	}

	public int templateId() {
		return templateId;
	}

	public int chainId() {
		return chainId;
	}

	public SerialNumberSource serialNumberSource() {
		return serialNumberSource;
	}

	public int formatVersion() {
		return formatVersion;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CompressedCertificate c && Arrays.equals(c.toBytes(), toBytes());
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(toBytes());
	}

	@Override
	public String toString() {
		return String.format("compressed cert v%d: template %d chain %d %s signer %04X issued %s expire years %d",
				formatVersion, templateId, chainId, serialNumberSource, signerId, issueDate, expireYears);
	}
}
