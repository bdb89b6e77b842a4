package io.trustbench.pki.core.atcacert;

import java.util.List;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;

import io.trustbench.pki.core.asn1.DerFormatException;
import io.trustbench.pki.core.asn1.DerNode;
import io.trustbench.pki.core.asn1.DerReader;

/**
 * Makes a {@link CertificateDefinition} from a certificate used as its own template: finds the TBS,
 * serial number, dates, public key, signature, subject and authority key identifiers by walking
 * the DER (what Microchip's tooling does when it turns a certificate into a cert def). Used for
 * certificates Trustbench issues itself, e.g. the root CA, so they can be stored compressed.
 */
public final class CertificateDefinitionDeriver {

	private CertificateDefinitionDeriver() {
	}

	/**
	 * @param base a builder with name, IDs, serial-number source, expire years and device
	 *             locations already set; element locations, date formats and template are added
	 */
	public static CertificateDefinition derive(byte[] cert, CertificateDefinition.Builder base)
			throws AtcacertException {
		try {
			DerNode root = DerReader.parse(cert);
			if (!root.isUniversal(16) || root.children().size() != 3) {
				throw new AtcacertException("not an X.509 certificate");
			}
			DerNode tbs = root.child(0);
			List<DerNode> fields = tbs.children();
			int i = fields.get(0).isContext(0) ? 1 : 0;
			DerNode serial = tbs.child(i);
			DerNode validity = tbs.child(i + 3);
			DerNode spki = tbs.child(i + 5);
			DerNode key = spki.child(1);
			if (key.length() != 66 || cert[key.valueOffset()] != 0 || cert[key.valueOffset() + 1] != 0x04) {
				throw new AtcacertException("the public key is not an uncompressed P-256 point");
			}
			base.tbs(tbs.offset(), tbs.totalLength())
					.element(StandardElement.CERT_SN, serial.valueOffset(), serial.length())
					.element(StandardElement.PUBLIC_KEY, key.valueOffset() + 2, 64)
					.element(StandardElement.SIGNATURE, root.child(2).offset(), 74)
					.issueDateFormat(dateFormat(validity.child(0)))
					.expireDateFormat(dateFormat(validity.child(1)))
					.element(StandardElement.ISSUE_DATE, validity.child(0).valueOffset(), validity.child(0).length())
					.element(StandardElement.EXPIRE_DATE, validity.child(1).valueOffset(), validity.child(1).length());
			for (DerNode field : fields) {
				if (field.isContext(3)) {
					for (DerNode extension : field.child(0).children()) {
						keyIdentifier(cert, extension, base);
					}
				}
			}
			return base.template(cert).build();
		} catch (DerFormatException e) {
			throw new AtcacertException("cannot derive a definition: " + e.getMessage(), e);
		} catch (IllegalArgumentException e) {
			throw new AtcacertException("cannot derive a definition: " + e.getMessage(), e);
		}
	}

	private static void keyIdentifier(byte[] cert, DerNode extension, CertificateDefinition.Builder base)
			throws DerFormatException {
		String oid = ASN1ObjectIdentifier.getInstance(extension.child(0).encoded()).getId();
		DerNode value = extension.child(extension.children().size() - 1);
		int at = value.valueOffset();
		if (oid.equals("2.5.29.14") && value.length() == 22 && cert[at] == 0x04 && cert[at + 1] == 20) {
			base.element(StandardElement.SUBJ_KEY_ID, at + 2, 20);
		} else if (oid.equals("2.5.29.35") && value.length() >= 24 && cert[at] == 0x30
				&& (cert[at + 2] & 0xff) == 0x80 && cert[at + 3] == 20) {
			base.element(StandardElement.AUTH_KEY_ID, at + 4, 20);
		}
	}

	private static DateFormat dateFormat(DerNode time) throws AtcacertException {
		if (time.isUniversal(23) && time.length() == 13) {
			return DateFormat.RFC5280_UTC;
		}
		if (time.isUniversal(24) && time.length() == 15) {
			return DateFormat.RFC5280_GEN;
		}
		throw new AtcacertException("dates must be UTCTime or GeneralizedTime in seconds with Z");
	}
}
