package io.trustbench.pki.core.extensions.decoders;

import org.bouncycastle.asn1.x509.BasicConstraints;

import io.trustbench.pki.core.extensions.ExtensionDecoder;

/** 2.5.29.19: CA flag and path length. */
public final class BasicConstraintsDecoder implements ExtensionDecoder {

	@Override
	public String decode(byte[] value) {
		BasicConstraints bc = BasicConstraints.getInstance(value);
		if (!bc.isCA()) {
			return "CA:FALSE";
		}
		return bc.getPathLenConstraint() == null ? "CA:TRUE" : "CA:TRUE, pathlen:" + bc.getPathLenConstraint();
	}
}
