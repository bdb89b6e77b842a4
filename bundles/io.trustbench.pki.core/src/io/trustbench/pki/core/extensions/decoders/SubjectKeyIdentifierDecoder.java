package io.trustbench.pki.core.extensions.decoders;

import org.bouncycastle.asn1.ASN1OctetString;

import io.trustbench.pki.core.extensions.ExtensionDecoder;

/** 2.5.29.14: the key identifier in hex. */
public final class SubjectKeyIdentifierDecoder implements ExtensionDecoder {

	@Override
	public String decode(byte[] value) {
		return Hex.colon(ASN1OctetString.getInstance(value).getOctets());
	}
}
