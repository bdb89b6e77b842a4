package io.trustbench.pki.core.extensions.decoders;

import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.asn1.ASN1BitString;

import io.trustbench.pki.core.extensions.ExtensionDecoder;

/** 2.16.840.1.113730.1.1: legacy Netscape certificate type bits. */
public final class NetscapeCertTypeDecoder implements ExtensionDecoder {

	private static final String[] NAMES = { "SSL Client", "SSL Server", "S/MIME", "Object Signing", "Unused",
			"SSL CA", "S/MIME CA", "Object Signing CA" };

	@Override
	public String decode(byte[] value) {
		byte[] bytes = ASN1BitString.getInstance(value).getBytes();
		List<String> set = new ArrayList<>();
		for (int bit = 0; bit < 8 && bit < bytes.length * 8; bit++) {
			if ((bytes[0] & (0x80 >>> bit)) != 0) {
				set.add(NAMES[bit]);
			}
		}
		return String.join(", ", set);
	}
}
