package io.trustbench.pki.core;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.DERUniversalString;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;

import io.trustbench.pki.core.asn1.OidNames;

/**
 * RFC 4514 strings for names (last RDN first, special characters escaped, non-string values as
 * #hex), with openssl's attribute names so {@code openssl x509 -nameopt RFC2253} agrees.
 */
public final class DistinguishedNames {

	private DistinguishedNames() {
	}

	public static String rfc4514(X500Name name) {
		RDN[] rdns = name.getRDNs();
		List<String> parts = new ArrayList<>();
		for (int i = rdns.length - 1; i >= 0; i--) {
			List<String> avas = new ArrayList<>();
			AttributeTypeAndValue[] atvs = rdns[i].getTypesAndValues();
			// multi-valued RDNs are printed last value first too, as openssl does
			for (int j = atvs.length - 1; j >= 0; j--) {
				avas.add(OidNames.attribute(atvs[j].getType().getId()) + "=" + value(atvs[j].getValue()));
			}
			parts.add(String.join("+", avas));
		}
		return String.join(",", parts);
	}

	private static String value(ASN1Encodable value) {
		if (value instanceof ASN1String s && !(value instanceof DERUniversalString)) {
			return escape(s.getString());
		}
		try {
			return "#" + HexFormat.of().formatHex(value.toASN1Primitive().getEncoded());
		} catch (java.io.IOException e) {
			return "#";
		}
	}

	static String escape(String s) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			boolean edgeSpace = c == ' ' && (i == 0 || i == s.length() - 1);
			if (",+\"\\<>;".indexOf(c) >= 0 || (c == '#' && i == 0) || edgeSpace) {
				out.append('\\').append(c);
			} else if (c < 0x20 || c == 0x7f) {
				out.append(String.format("\\%02X", (int) c));
			} else {
				out.append(c);
			}
		}
		return out.toString();
	}
}
