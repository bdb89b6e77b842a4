package io.trustbench.pki.core.extensions.decoders;

import org.bouncycastle.asn1.ASN1Integer;

import io.trustbench.pki.core.extensions.ExtensionDecoder;

/** 2.5.29.54: number of certificates after which anyPolicy stops matching. */
public final class InhibitAnyPolicyDecoder implements ExtensionDecoder {

	@Override
	public String decode(byte[] value) {
		return ASN1Integer.getInstance(value).getValue().toString();
	}
}
