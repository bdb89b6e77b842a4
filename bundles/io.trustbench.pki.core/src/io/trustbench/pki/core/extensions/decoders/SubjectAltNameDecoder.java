package io.trustbench.pki.core.extensions.decoders;

import io.trustbench.pki.core.extensions.ExtensionDecoder;

/** 2.5.29.17: DNS names, addresses, e-mail, URIs, directory and other names. */
public final class SubjectAltNameDecoder implements ExtensionDecoder {

	@Override
	public String decode(byte[] value) {
		return GeneralNames.join(org.bouncycastle.asn1.x509.GeneralNames.getInstance(value));
	}
}
