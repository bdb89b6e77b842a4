package io.trustbench.pki.core.extensions.decoders;

import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x509.Attribute;
import org.bouncycastle.asn1.x509.SubjectDirectoryAttributes;

import io.trustbench.pki.core.asn1.OidNames;
import io.trustbench.pki.core.extensions.ExtensionDecoder;

/** 2.5.29.9: directory attributes of the subject (date of birth, citizenship…). */
public final class SubjectDirectoryAttributesDecoder implements ExtensionDecoder {

	@Override
	public String decode(byte[] value) {
		List<String> lines = new ArrayList<>();
		for (Object o : SubjectDirectoryAttributes.getInstance(value).getAttributes()) {
			Attribute attribute = (Attribute) o;
			List<String> values = new ArrayList<>();
			for (ASN1Encodable v : attribute.getAttributeValues()) {
				values.add(v instanceof ASN1String s ? s.getString() : v.toString());
			}
			lines.add(OidNames.attribute(attribute.getAttrType().getId()) + ": " + String.join(", ", values));
		}
		return String.join("\n", lines);
	}
}
