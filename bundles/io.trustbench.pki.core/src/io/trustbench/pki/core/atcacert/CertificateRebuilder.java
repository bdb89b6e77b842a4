package io.trustbench.pki.core.atcacert;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Rebuilds a full X.509 certificate from a {@link CertificateDefinition}, a
 * {@link CompressedCertificate} and {@link DeviceData} (the host side of atcacert_read_cert), and
 * goes the other way: {@link #compress} extracts the compressed form from a certificate and checks
 * that rebuilding it gives back exactly the same bytes. Also makes the TBS digest a device signs.
 */
public final class CertificateRebuilder {

	private CertificateRebuilder() {
	}

	/** Full DER certificate: template, then device data, compressed fields, serial number. */
	public static byte[] rebuild(CertificateDefinition def, CompressedCertificate compressed, DeviceData data)
			throws AtcacertException {
		if (compressed.templateId() != def.templateId() || compressed.chainId() != def.chainId()
				|| compressed.serialNumberSource() != def.serialNumberSource()) {
			throw new AtcacertException(String.format(
					"compressed certificate (template %d, chain %d, %s) does not belong to %s (template %d, chain %d, %s)",
					compressed.templateId(), compressed.chainId(), compressed.serialNumberSource(), def.name(),
					def.templateId(), def.chainId(), def.serialNumberSource()));
		}
		byte[] cert = def.template();
		if (data.authorityKeyId() != null) {
			set(def, cert, StandardElement.AUTH_KEY_ID, data.authorityKeyId());
		}
		if (def.serialNumberSource() == SerialNumberSource.STORED) {
			byte[] stored = data.storedSerialNumber();
			if (stored == null) {
				throw new AtcacertException(def.name() + " takes its serial number from the device; none was given");
			}
			set(def, cert, StandardElement.CERT_SN, stored);
		}
		byte[] publicKey = data.subjectPublicKey();
		set(def, cert, StandardElement.PUBLIC_KEY, publicKey);
		if (def.location(StandardElement.SUBJ_KEY_ID).isPresent()) {
			set(def, cert, StandardElement.SUBJ_KEY_ID, KeyIds.of(publicKey));
		}
		setDate(def, cert, StandardElement.ISSUE_DATE, def.issueDateFormat(), compressed.issueDate());
		setDate(def, cert, StandardElement.EXPIRE_DATE, def.expireDateFormat(),
				compressed.expireDate(def.expireDateFormat()));
		if (def.location(StandardElement.SIGNER_ID).isPresent()) {
			set(def, cert, StandardElement.SIGNER_ID,
					String.format("%04X", compressed.signerId()).getBytes(StandardCharsets.US_ASCII));
		}
		ExtraElements.write(def, cert, data);
		byte[] serial = generatedSerialNumber(def, cert, compressed, data);
		if (serial != null) {
			set(def, cert, StandardElement.CERT_SN, serial);
		}
		return withSignature(def, cert, compressed.signature());
	}

	/**
	 * The compressed form of a certificate built on this definition, checked by rebuilding: a
	 * certificate that differs from what the device could rebuild (other names or extensions,
	 * minutes in the issue date, a serial number not from the definition's source…) is refused
	 * with the element that differs.
	 *
	 * @param deviceSerialNumber the 9-byte serial number of the chip the certificate is for, or null;
	 *                           when given, serial-number sources and elements (an "sn…" CN) must
	 *                           match it
	 */
	public static CompressedCertificate compress(CertificateDefinition def, byte[] cert, byte[] deviceSerialNumber)
			throws AtcacertException {
		CertDate issue = def.location(StandardElement.ISSUE_DATE).isPresent()
				? def.issueDateFormat().decode(get(def, cert, StandardElement.ISSUE_DATE))
				: new CertDate(2000, 1, 1, 0, 0, 0);
		int signerId = 0;
		if (def.location(StandardElement.SIGNER_ID).isPresent()) {
			String hex = new String(get(def, cert, StandardElement.SIGNER_ID), StandardCharsets.US_ASCII);
			if (!hex.matches("[0-9A-Fa-f]{4}")) {
				throw new AtcacertException("signer ID at offset " + def.location(StandardElement.SIGNER_ID).offset()
						+ " is not 4 hex digits (bytes " + HexFormat.of().formatHex(get(def, cert, StandardElement.SIGNER_ID))
						+ ")");
			}
			signerId = Integer.parseInt(hex, 16);
		}
		int expireYears = def.expireYears();
		CompressedCertificate compressed = new CompressedCertificate(signature(def, cert), issue.wholeHour(),
				expireYears, signerId, def.templateId(), def.chainId(), def.serialNumberSource(),
				CompressedCertificate.formatVersionFor(issue, expireYears));
		DeviceData data = deviceData(def, cert);
		if (deviceSerialNumber != null) {
			// serial-number elements must come from this device, not from the certificate
			ExtraElements.useSerialNumber(def, data);
			data.deviceSerialNumber(deviceSerialNumber);
		}
		byte[] rebuilt = rebuild(def, compressed, data);
		if (!Arrays.equals(rebuilt, cert)) {
			throw new AtcacertException("the certificate cannot be compressed with " + def.name() + ": "
					+ describeDifference(def, cert, rebuilt));
		}
		return compressed;
	}

	/** What the device must hold for a rebuild, read from a full certificate. */
	public static DeviceData deviceData(CertificateDefinition def, byte[] cert) throws AtcacertException {
		checkLength(def, cert);
		DeviceData data = DeviceData.of(get(def, cert, StandardElement.PUBLIC_KEY));
		if (def.location(StandardElement.AUTH_KEY_ID).isPresent()) {
			data.authorityKeyId(get(def, cert, StandardElement.AUTH_KEY_ID));
		}
		if (def.serialNumberSource() == SerialNumberSource.STORED) {
			data.storedSerialNumber(get(def, cert, StandardElement.CERT_SN));
		}
		if (def.serialNumberSource() == SerialNumberSource.DEVICE_SN
				&& def.location(StandardElement.CERT_SN).count() == 10) {
			data.deviceSerialNumber(Arrays.copyOfRange(get(def, cert, StandardElement.CERT_SN), 1, 10));
		}
		ExtraElements.read(def, cert, data);
		return data;
	}

	/** The 64-byte R‖S signature of a certificate built on this definition. */
	public static byte[] signature(CertificateDefinition def, byte[] cert) throws AtcacertException {
		int at = def.location(StandardElement.SIGNATURE).offset();
		if (at + 3 > cert.length || cert[at] != 0x03) {
			throw new AtcacertException("no signature BIT STRING at offset " + at + " (not a " + def.name() + ")");
		}
		int length = cert[at + 1] & 0xff;
		if (length >= 0x80 || at + 2 + length != cert.length || cert[at + 2] != 0) {
			throw new AtcacertException("signature BIT STRING at offset " + at + " is malformed");
		}
		return EcdsaSignatures.fromDer(Arrays.copyOfRange(cert, at + 3, cert.length));
	}

	/** SHA-256 of the TBSCertificate: what the issuing device signs (the dongle's {@code aws:i} reply). */
	public static byte[] tbsDigest(CertificateDefinition def, byte[] cert) throws AtcacertException {
		CertLocation tbs = def.tbsLocation();
		if (tbs.end() > cert.length) {
			throw new AtcacertException("certificate is shorter than the TBS location of " + def.name());
		}
		return sha256(Arrays.copyOfRange(cert, tbs.offset(), tbs.end()));
	}

	/** The certificate with its signature replaced and the outer length adjusted. */
	public static byte[] withSignature(CertificateDefinition def, byte[] cert, byte[] rs) throws AtcacertException {
		int at = def.location(StandardElement.SIGNATURE).offset();
		if (at >= cert.length) {
			throw new AtcacertException("signature offset " + at + " is past the end of the certificate");
		}
		byte[] bitString = EcdsaSignatures.toBitString(rs);
		byte[] out = Arrays.copyOf(cert, at + bitString.length);
		System.arraycopy(bitString, 0, out, at, bitString.length);
		setOuterLength(out);
		return out;
	}

	private static byte[] generatedSerialNumber(CertificateDefinition def, byte[] cert, CompressedCertificate comp,
			DeviceData data) throws AtcacertException {
		SerialNumberSource source = def.serialNumberSource();
		CertLocation sn = def.location(StandardElement.CERT_SN);
		if (!sn.isPresent() || source == SerialNumberSource.STORED || source == SerialNumberSource.STORED_DYNAMIC) {
			return null;
		}
		byte[] out = new byte[sn.count()];
		switch (source) {
		case DEVICE_SN -> {
			byte[] deviceSn = requireDeviceSn(def, data);
			out = new byte[10];
			out[0] = 0x40;
			System.arraycopy(deviceSn, 0, out, 1, 9);
		}
		case SIGNER_ID -> out = new byte[] { 0x40, (byte) (comp.signerId() >>> 8), (byte) comp.signerId() };
		default -> {
			if (sn.count() > 32) {
				throw new AtcacertException("hashed serial numbers are at most 32 bytes, " + def.name() + " wants "
						+ sn.count());
			}
			byte[] first = source.usesPublicKeyHash() ? data.subjectPublicKey() : requireDeviceSn(def, data);
			CompressedCertificate forHash = new CompressedCertificate(new byte[64], comp.issueDate(),
					def.expireYears(), 0, comp.templateId(), comp.chainId(), source,
					CompressedCertificate.formatVersionFor(comp.issueDate(), def.expireYears()));
			byte[] dates = forHash.encodedDates();
			byte[] message = Arrays.copyOf(first, first.length + 3 + (forHash.formatVersion() > 0 ? 1 : 0));
			System.arraycopy(dates, 0, message, first.length, 3);
			if (forHash.formatVersion() > 0) {
				message[message.length - 1] = (byte) (forHash.extendedDateBits() & 0xf0);
			}
			byte[] hash = sha256(message);
			System.arraycopy(hash, 0, out, 0, sn.count());
			if (source == SerialNumberSource.PUB_KEY_HASH || source == SerialNumberSource.DEVICE_SN_HASH
					|| source == SerialNumberSource.PUB_KEY_HASH_POS || source == SerialNumberSource.DEVICE_SN_HASH_POS) {
				out[0] &= 0x7f;
			}
			if (source == SerialNumberSource.PUB_KEY_HASH || source == SerialNumberSource.DEVICE_SN_HASH) {
				out[0] |= 0x40;
			}
		}
		}
		if (out.length != sn.count()) {
			throw new AtcacertException(def.name() + ": serial number element is " + sn.count() + " bytes but "
					+ source + " makes " + out.length);
		}
		return out;
	}

	private static byte[] requireDeviceSn(CertificateDefinition def, DeviceData data) throws AtcacertException {
		byte[] deviceSn = data.deviceSerialNumber();
		if (deviceSn == null) {
			throw new AtcacertException(def.name() + " derives its serial number from the device serial number; "
					+ "none was given");
		}
		return deviceSn;
	}

	private static void setDate(CertificateDefinition def, byte[] cert, StandardElement element, DateFormat format,
			CertDate date) throws AtcacertException {
		if (def.location(element).isPresent()) {
			set(def, cert, element, format.encode(date));
		}
	}

	private static void set(CertificateDefinition def, byte[] cert, StandardElement element, byte[] value)
			throws AtcacertException {
		put(def, cert, def.location(element), value, element.name());
	}

	private static void put(CertificateDefinition def, byte[] cert, CertLocation at, byte[] value, String what)
			throws AtcacertException {
		if (!at.isPresent()) {
			return;
		}
		if (value.length != at.count()) {
			throw new AtcacertException(what + " must be " + at.count() + " bytes for " + def.name() + ", got "
					+ value.length);
		}
		if (at.end() > cert.length) {
			throw new AtcacertException(what + " lies outside the certificate");
		}
		System.arraycopy(value, 0, cert, at.offset(), value.length);
	}

	private static byte[] get(CertificateDefinition def, byte[] cert, StandardElement element)
			throws AtcacertException {
		CertLocation at = def.location(element);
		if (at.end() > cert.length) {
			throw new AtcacertException("certificate too short for " + element + " of " + def.name());
		}
		return Arrays.copyOfRange(cert, at.offset(), at.end());
	}

	private static void checkLength(CertificateDefinition def, byte[] cert) throws AtcacertException {
		int sigAt = def.location(StandardElement.SIGNATURE).offset();
		if (cert.length <= sigAt) {
			throw new AtcacertException("certificate (" + cert.length + " bytes) is too short for " + def.name());
		}
	}

	/** Rewrites the outer SEQUENCE length keeping the template's length-field size. */
	private static void setOuterLength(byte[] cert) throws AtcacertException {
		if (cert.length < 2 || cert[0] != 0x30) {
			throw new AtcacertException("template does not start with a SEQUENCE");
		}
		int first = cert[1] & 0xff;
		int fieldBytes = first < 0x80 ? 0 : first & 0x7f;
		int content = cert.length - 2 - fieldBytes;
		if (fieldBytes == 0) {
			if (content >= 0x80) {
				throw new AtcacertException("certificate length no longer fits the template's length field");
			}
			cert[1] = (byte) content;
			return;
		}
		if (fieldBytes > 3 || (fieldBytes < 3 && content >= 1 << (8 * fieldBytes))) {
			throw new AtcacertException("certificate length no longer fits the template's length field");
		}
		for (int i = 0; i < fieldBytes; i++) {
			cert[2 + i] = (byte) (content >>> (8 * (fieldBytes - 1 - i)));
		}
	}

	private static String describeDifference(CertificateDefinition def, byte[] cert, byte[] rebuilt) {
		int n = Math.min(cert.length, rebuilt.length);
		int at = 0;
		while (at < n && cert[at] == rebuilt[at]) {
			at++;
		}
		if (at == n) {
			return "it is " + cert.length + " bytes, a rebuild gives " + rebuilt.length;
		}
		for (StandardElement element : StandardElement.values()) {
			CertLocation loc = def.location(element);
			if (loc.isPresent() && at >= loc.offset() && at < loc.end()) {
				String hint = switch (element) {
				case ISSUE_DATE -> " (compressed certificates keep whole hours only)";
				case EXPIRE_DATE -> " (validity must be " + (def.expireYears() == 0 ? "the maximum date"
						: def.expireYears() + " years from the issue hour") + ")";
				case CERT_SN -> " (not the " + def.serialNumberSource() + " serial number)";
				case SUBJ_KEY_ID -> " (must be SHA-1 of the public key)";
				default -> "";
				};
				return element + " differs at byte " + at + hint;
			}
		}
		for (CertificateElement extra : def.extraElements()) {
			CertLocation loc = extra.certLocation();
			if (at >= loc.offset() && at < loc.end()) {
				return "element '" + extra.id() + "' differs at byte " + at + " (not this device's " + extra.deviceLocation()
						+ ")";
			}
		}
		return "byte " + at + " differs from the template (0x" + HexFormat.of().toHexDigits(cert[at]) + " vs 0x"
				+ HexFormat.of().toHexDigits(rebuilt[at]) + "): names, extensions or lengths do not match";
	}

	static byte[] sha256(byte[] data) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(data);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 missing from the JDK", e);
		}
	}
}
