package io.trustbench.pki.core.extensions.decoders;

import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1String;

import io.trustbench.pki.core.extensions.ExtensionDecoder;

/** 2.16.840.1.113730.1.13: free-text comment. */
public final class NetscapeCommentDecoder implements ExtensionDecoder {

	@Override
	public String decode(byte[] value) throws Exception {
		ASN1Primitive primitive = ASN1Primitive.fromByteArray(value);
		if (!(primitive instanceof ASN1String text)) {
			throw new IllegalArgumentException("comment is not a string");
		}
		return text.getString();
	}
}
