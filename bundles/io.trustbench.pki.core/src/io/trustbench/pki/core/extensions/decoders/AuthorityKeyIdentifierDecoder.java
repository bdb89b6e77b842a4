package io.trustbench.pki.core.extensions.decoders;

import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;

import io.trustbench.pki.core.extensions.ExtensionDecoder;

/** 2.5.29.35: key identifier, issuer names and serial of the issuing CA. */
public final class AuthorityKeyIdentifierDecoder implements ExtensionDecoder {

	@Override
	public String decode(byte[] value) {
		AuthorityKeyIdentifier aki = AuthorityKeyIdentifier.getInstance(value);
		List<String> lines = new ArrayList<>();
		if (aki.getKeyIdentifierObject() != null) {
			lines.add("keyid:" + Hex.colon(aki.getKeyIdentifierObject().getOctets()));
		}
		if (aki.getAuthorityCertIssuer() != null) {
			for (GeneralName name : aki.getAuthorityCertIssuer().getNames()) {
				lines.add(GeneralNames.format(name, false));
			}
		}
		if (aki.getAuthorityCertSerialNumber() != null) {
			lines.add("serial:" + Hex.colon(org.bouncycastle.util.BigIntegers.asUnsignedByteArray(
					aki.getAuthorityCertSerialNumber())));
		}
		if (lines.size() == 1 && aki.getKeyIdentifierObject() != null) {
			// openssl 3 prints a lone key identifier without the "keyid:" label
			return Hex.colon(aki.getKeyIdentifierObject().getOctets());
		}
		return String.join("\n", lines);
	}
}
