package io.trustbench.pki.core;

import java.util.ArrayList;
import java.util.List;

import io.trustbench.pki.core.asn1.DerNode;

/** Checks the outer shape of a certificate's ASN.1 and finds its parts by position. */
final class CertificateStructure {

	private CertificateStructure() {
	}

	static void check(DerNode root) throws CertificateParseException {
		if (!root.isUniversal(16) || root.children().size() != 3) {
			throw new CertificateParseException("not an X.509 certificate: expected SEQUENCE { tbsCertificate, "
					+ "signatureAlgorithm, signatureValue }, found " + root.describeTag() + " with "
					+ root.children().size() + " elements");
		}
		DerNode tbs = root.children().get(0);
		if (!tbs.isUniversal(16) || tbs.children().isEmpty() || tbsFields(root).size() < 6) {
			throw new CertificateParseException("not an X.509 certificate: tbsCertificate is not a SEQUENCE of at "
					+ "least 6 fields");
		}
		if (!root.children().get(1).isUniversal(16) || !root.children().get(2).isUniversal(3)) {
			throw new CertificateParseException("not an X.509 certificate: bad signature algorithm or value");
		}
	}

	static DerNode tbs(DerNode root) {
		return root.children().get(0);
	}

	/** TBS fields after the optional version: serial, signature, issuer, validity, subject, spki, … */
	static List<DerNode> tbsFields(DerNode root) {
		List<DerNode> fields = tbs(root).children();
		return fields.get(0).isContext(0) ? fields.subList(1, fields.size()) : fields;
	}

	/** The Extension SEQUENCEs inside [3], in order. */
	static List<DerNode> extensionNodes(DerNode root) {
		List<DerNode> result = new ArrayList<>();
		for (DerNode field : tbs(root).children()) {
			if (field.isContext(3) && field.children().size() == 1) {
				result.addAll(field.children().get(0).children());
			}
		}
		return result;
	}
}
