package io.trustbench.pki.core.extensions.decoders;

import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.asn1.x509.GeneralSubtree;
import org.bouncycastle.asn1.x509.NameConstraints;

import io.trustbench.pki.core.extensions.ExtensionDecoder;

/** 2.5.29.30: permitted and excluded subtrees. */
public final class NameConstraintsDecoder implements ExtensionDecoder {

	@Override
	public String decode(byte[] value) {
		NameConstraints constraints = NameConstraints.getInstance(value);
		List<String> lines = new ArrayList<>();
		add(lines, "Permitted:", constraints.getPermittedSubtrees());
		add(lines, "Excluded:", constraints.getExcludedSubtrees());
		return String.join("\n", lines);
	}

	private static void add(List<String> lines, String title, GeneralSubtree[] subtrees) {
		if (subtrees == null) {
			return;
		}
		lines.add(title);
		for (GeneralSubtree subtree : subtrees) {
			lines.add("  " + GeneralNames.format(subtree.getBase(), true));
		}
	}
}
