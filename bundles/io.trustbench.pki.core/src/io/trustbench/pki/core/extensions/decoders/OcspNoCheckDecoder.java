package io.trustbench.pki.core.extensions.decoders;

import org.bouncycastle.asn1.ASN1Null;

import io.trustbench.pki.core.extensions.ExtensionDecoder;

/** 1.3.6.1.5.5.7.48.1.5: an OCSP responder certificate that is not itself checked. */
public final class OcspNoCheckDecoder implements ExtensionDecoder {

	@Override
	public String decode(byte[] value) {
		ASN1Null.getInstance(value);
		return "<EMPTY>";
	}
}
