package io.trustbench.pki.core.extensions.decoders;

import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.x509.AccessDescription;

import io.trustbench.pki.core.asn1.OidNames;
import io.trustbench.pki.core.extensions.ExtensionDecoder;

/** 1.3.6.1.5.5.7.1.1 and Subject Information Access 1.3.6.1.5.5.7.1.11: access method - location. */
public final class AuthorityInfoAccessDecoder implements ExtensionDecoder {

	@Override
	public String decode(byte[] value) {
		List<String> lines = new ArrayList<>();
		for (var element : ASN1Sequence.getInstance(value)) {
			AccessDescription access = AccessDescription.getInstance(element);
			lines.add(OidNames.name(access.getAccessMethod().getId()) + " - "
					+ GeneralNames.format(access.getAccessLocation(), false));
		}
		return String.join("\n", lines);
	}
}
