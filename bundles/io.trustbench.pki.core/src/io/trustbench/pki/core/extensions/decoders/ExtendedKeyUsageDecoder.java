package io.trustbench.pki.core.extensions.decoders;

import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Sequence;

import io.trustbench.pki.core.asn1.OidNames;
import io.trustbench.pki.core.extensions.ExtensionDecoder;

/** 2.5.29.37: key purposes by name. */
public final class ExtendedKeyUsageDecoder implements ExtensionDecoder {

	@Override
	public String decode(byte[] value) {
		List<String> names = new ArrayList<>();
		for (var element : ASN1Sequence.getInstance(value)) {
			names.add(OidNames.name(ASN1ObjectIdentifier.getInstance(element).getId()));
		}
		return String.join(", ", names);
	}
}
