package io.trustbench.pki.core.extensions.decoders;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;

import io.trustbench.pki.core.asn1.OidNames;

/** GeneralName text as openssl prints it (DNS:, IP Address:, email:, URI:, DirName:/C=…). */
final class GeneralNames {

	private GeneralNames() {
	}

	static String join(org.bouncycastle.asn1.x509.GeneralNames names) {
		List<String> parts = new ArrayList<>();
		for (GeneralName name : names.getNames()) {
			parts.add(format(name, false));
		}
		return String.join(", ", parts);
	}

	/**
	 * @param constraint name-constraints style: "IP:addr/mask" instead of "IP Address:addr"
	 */
	static String format(GeneralName name, boolean constraint) {
		ASN1Encodable value = name.getName();
		return switch (name.getTagNo()) {
		case GeneralName.otherName -> otherName(ASN1Sequence.getInstance(value));
		case GeneralName.rfc822Name -> "email:" + string(value);
		case GeneralName.dNSName -> "DNS:" + string(value);
		case GeneralName.x400Address -> "X400Name:<unsupported>";
		case GeneralName.directoryName -> "DirName:" + oneLine(X500Name.getInstance(value));
		case GeneralName.ediPartyName -> "EdiPartyName:<unsupported>";
		case GeneralName.uniformResourceIdentifier -> "URI:" + string(value);
		case GeneralName.iPAddress -> (constraint ? "IP:" : "IP Address:")
				+ ip(ASN1OctetString.getInstance(value).getOctets(), constraint);
		case GeneralName.registeredID -> "Registered ID:" + OidNames.name(ASN1ObjectIdentifier.getInstance(value).getId());
		default -> "?" + name.getTagNo();
		};
	}

	/** openssl X509_NAME_oneline form: /C=US/O=Org/CN=Name. */
	static String oneLine(X500Name name) {
		StringBuilder out = new StringBuilder();
		for (RDN rdn : name.getRDNs()) {
			for (AttributeTypeAndValue atv : rdn.getTypesAndValues()) {
				out.append('/').append(OidNames.attribute(atv.getType().getId())).append('=')
						.append(atv.getValue() instanceof ASN1String s ? s.getString() : atv.getValue().toString());
			}
		}
		return out.toString();
	}

	private static String otherName(ASN1Sequence seq) {
		ASN1ObjectIdentifier type = ASN1ObjectIdentifier.getInstance(seq.getObjectAt(0));
		ASN1Encodable value = ASN1TaggedObject.getInstance(seq.getObjectAt(1)).getExplicitBaseObject();
		if (type.getId().equals("1.3.6.1.4.1.311.20.2.3") && value instanceof ASN1String s) {
			return "othername: UPN::" + s.getString();
		}
		if (value instanceof ASN1String s) {
			return "othername: " + OidNames.name(type.getId()) + "::" + s.getString();
		}
		return "othername: " + OidNames.name(type.getId()) + "::<unsupported>";
	}

	private static String string(ASN1Encodable value) {
		return value instanceof ASN1String s ? s.getString() : value.toString();
	}

	private static String ip(byte[] bytes, boolean withMask) {
		int half = bytes.length / 2;
		if (withMask && (bytes.length == 8 || bytes.length == 32)) {
			return address(java.util.Arrays.copyOf(bytes, half)) + "/"
					+ address(java.util.Arrays.copyOfRange(bytes, half, bytes.length));
		}
		return address(bytes);
	}

	private static String address(byte[] bytes) {
		if (bytes.length == 16) {
			// openssl prints all eight groups, upper case, without zero compression
			StringBuilder out = new StringBuilder();
			for (int i = 0; i < 16; i += 2) {
				if (i > 0) {
					out.append(':');
				}
				out.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)).toUpperCase());
			}
			return out.toString();
		}
		if (bytes.length == 4) {
			try {
				return InetAddress.getByAddress(bytes).getHostAddress();
			} catch (UnknownHostException e) {
				// cannot happen for 4 bytes
			}
		}
		return "<invalid>";
	}
}
