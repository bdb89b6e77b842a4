package io.trustbench.pki.core.extensions.decoders;

import io.trustbench.pki.core.extensions.ExtensionDecoder;

/** 2.5.29.18: alternative names of the issuer. */
public final class IssuerAltNameDecoder implements ExtensionDecoder {

	@Override
	public String decode(byte[] value) {
		return GeneralNames.join(org.bouncycastle.asn1.x509.GeneralNames.getInstance(value));
	}
}
