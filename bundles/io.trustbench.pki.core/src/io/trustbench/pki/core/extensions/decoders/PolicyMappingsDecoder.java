package io.trustbench.pki.core.extensions.decoders;

import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Sequence;

import io.trustbench.pki.core.asn1.OidNames;
import io.trustbench.pki.core.extensions.ExtensionDecoder;

/** 2.5.29.33: issuer domain policy → subject domain policy. */
public final class PolicyMappingsDecoder implements ExtensionDecoder {

	@Override
	public String decode(byte[] value) {
		List<String> lines = new ArrayList<>();
		for (var element : ASN1Sequence.getInstance(value)) {
			ASN1Sequence pair = ASN1Sequence.getInstance(element);
			lines.add(OidNames.name(ASN1ObjectIdentifier.getInstance(pair.getObjectAt(0)).getId()) + ":"
					+ OidNames.name(ASN1ObjectIdentifier.getInstance(pair.getObjectAt(1)).getId()));
		}
		return String.join("\n", lines);
	}
}
