package io.trustbench.pki.core.extensions.decoders;

import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.asn1.x509.PolicyConstraints;

import io.trustbench.pki.core.extensions.ExtensionDecoder;

/** 2.5.29.36: require explicit policy / inhibit policy mapping after N certificates. */
public final class PolicyConstraintsDecoder implements ExtensionDecoder {

	@Override
	public String decode(byte[] value) {
		PolicyConstraints pc = PolicyConstraints.getInstance(value);
		List<String> parts = new ArrayList<>();
		if (pc.getRequireExplicitPolicyMapping() != null) {
			parts.add("Require Explicit Policy:" + pc.getRequireExplicitPolicyMapping());
		}
		if (pc.getInhibitPolicyMapping() != null) {
			parts.add("Inhibit Policy Mapping:" + pc.getInhibitPolicyMapping());
		}
		return String.join(", ", parts);
	}
}
