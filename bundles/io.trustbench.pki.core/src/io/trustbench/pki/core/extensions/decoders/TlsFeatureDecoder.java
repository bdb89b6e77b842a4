package io.trustbench.pki.core.extensions.decoders;

import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;

import io.trustbench.pki.core.extensions.ExtensionDecoder;

/** 1.3.6.1.5.5.7.1.24 (RFC 7633): TLS extensions the server must send, e.g. OCSP must-staple. */
public final class TlsFeatureDecoder implements ExtensionDecoder {

	@Override
	public String decode(byte[] value) {
		List<String> names = new ArrayList<>();
		for (var element : ASN1Sequence.getInstance(value)) {
			int feature = ASN1Integer.getInstance(element).intValueExact();
			names.add(switch (feature) {
			case 5 -> "status_request";
			case 17 -> "status_request_v2";
			default -> Integer.toString(feature);
			});
		}
		return String.join(", ", names);
	}
}
