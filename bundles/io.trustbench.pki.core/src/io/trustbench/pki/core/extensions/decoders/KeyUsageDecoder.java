package io.trustbench.pki.core.extensions.decoders;

import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.asn1.ASN1BitString;

import io.trustbench.pki.core.extensions.ExtensionDecoder;

/** 2.5.29.15: the key usage bits by name. */
public final class KeyUsageDecoder implements ExtensionDecoder {

	private static final String[] NAMES = { "Digital Signature", "Non Repudiation", "Key Encipherment",
			"Data Encipherment", "Key Agreement", "Certificate Sign", "CRL Sign", "Encipher Only", "Decipher Only" };

	@Override
	public String decode(byte[] value) {
		ASN1BitString bits = ASN1BitString.getInstance(value);
		byte[] bytes = bits.getBytes();
		List<String> set = new ArrayList<>();
		for (int bit = 0; bit < bytes.length * 8; bit++) {
			if ((bytes[bit / 8] & (0x80 >>> (bit % 8))) != 0) {
				set.add(bit < NAMES.length ? NAMES[bit] : "bit " + bit);
			}
		}
		return set.isEmpty() ? "<none>" : String.join(", ", set);
	}
}
