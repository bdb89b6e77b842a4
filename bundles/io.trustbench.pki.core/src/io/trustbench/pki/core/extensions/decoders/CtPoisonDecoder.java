package io.trustbench.pki.core.extensions.decoders;

import org.bouncycastle.asn1.ASN1Null;

import io.trustbench.pki.core.extensions.ExtensionDecoder;

/** 1.3.6.1.4.1.11129.2.4.3: marks a precertificate (RFC 6962); the value is NULL. */
public final class CtPoisonDecoder implements ExtensionDecoder {

	@Override
	public String decode(byte[] value) {
		ASN1Null.getInstance(value);
		return "NULL";
	}
}
